using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Nalytiq.Assistant.Tests.Loopback;

/// <summary>
/// A real HTTP server on 127.0.0.1 speaking OpenAI's chat completions protocol from a script: each request takes the
/// next reply (the last one repeats). Requests are recorded for assertions on what left the "machine".
/// </summary>
internal sealed class LoopbackOpenAIServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<Func<RecordedRequest, ScriptedReply>> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private ScriptedReply? _last;

    public LoopbackOpenAIServer(params ScriptedReply[] script)
    {
        foreach (var reply in script)
        {
            _script.Enqueue(_ => reply);
        }

        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The OpenAI-compatible base address, as NALYTIQ_AI_ENDPOINT takes it.</summary>
    public string Endpoint => $"http://127.0.0.1:{Port}/v1";

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public void Enqueue(ScriptedReply reply) => _script.Enqueue(_ => reply);

    /// <summary>A reply composed from the request, e.g. an answer quoting the tool result the client sent back.</summary>
    public void Enqueue(Func<RecordedRequest, ScriptedReply> reply) => _script.Enqueue(reply);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => ReplyAsync(context));
        }
    }

    private async Task ReplyAsync(HttpListenerContext context)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync().ConfigureAwait(false);
            var request = new RecordedRequest(context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"], body);
            _requests.Enqueue(request);
            var reply = _script.TryDequeue(out var next) ? _last = next(request) : _last ?? ScriptedReply.Stream("(no script)");
            if (reply.Delay > TimeSpan.Zero)
            {
                await Task.Delay(reply.Delay, _stop.Token).ConfigureAwait(false);
            }

            context.Response.StatusCode = (int)reply.Status;
            context.Response.ContentType = reply.ContentType;
            foreach (var (name, value) in reply.Headers)
            {
                context.Response.Headers[name] = value;
            }

            foreach (var (chunk, index) in reply.Chunks.Select((c, i) => (c, i)))
            {
                if (index > 0 && reply.ChunkDelay > TimeSpan.Zero)
                {
                    await Task.Delay(reply.ChunkDelay, _stop.Token).ConfigureAwait(false);
                }

                var bytes = System.Text.Encoding.UTF8.GetBytes(chunk);
                await context.Response.OutputStream.WriteAsync(bytes, _stop.Token).ConfigureAwait(false);
                await context.Response.OutputStream.FlushAsync(_stop.Token).ConfigureAwait(false);
            }

            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client gave up (timeout test) or the server is stopping.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        _listener.Close();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }
}
