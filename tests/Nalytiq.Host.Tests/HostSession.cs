using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Connection;
using Microsoft.DotNet.Interactive.Events;

namespace Nalytiq.Host.Tests;

/// <summary>
/// One real <c>dotnet-interactive stdio</c> process, as VS Code starts it, with a proxy to its C# kernel: what a
/// notebook cell sends, this sends.
/// </summary>
internal sealed class HostSession : IAsyncDisposable
{
    private static TimeSpan StartTimeout => TimeSpan.FromMinutes(2);
    private static TimeSpan ExitTimeout => TimeSpan.FromSeconds(30);

    private readonly ProxyKernel _root;
    private readonly ProxyKernel _csharp;
    private readonly Process _process;

    private HostSession(ProxyKernel root, ProxyKernel csharp, Process process)
    {
        _root = root;
        _csharp = csharp;
        _process = process;
    }

    public static async Task<HostSession> StartAsync(NotebookHostTool tool, string workingDirectory)
    {
        // The connector joins its arguments with spaces unquoted, so paths with spaces cannot be passed.
        if (tool.EntryPoint.Contains(' ', StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The host's path contains a space: {tool.EntryPoint}");
        }

        var connector = new StdIoKernelConnector(
            ["dotnet", tool.EntryPoint, "stdio"],
            "rootProxy",
            KernelHost.CreateHostUri("host"),
            new DirectoryInfo(workingDirectory));

        var root = await connector.CreateRootProxyKernelAsync().WaitAsync(StartTimeout);
        try
        {
            var info = await root.SendAsync(new RequestKernelInfo()).WaitAsync(StartTimeout);
            var csharpInfo = info.Events.OfType<KernelInfoProduced>().Select(e => e.KernelInfo)
                .FirstOrDefault(k => string.Equals(k.LanguageName, "C#", StringComparison.Ordinal))
                ?? throw new InvalidOperationException("The host announced no C# kernel.");
            var csharp = await connector.CreateProxyKernelAsync(remoteInfo: csharpInfo).WaitAsync(StartTimeout);
            var process = Process.GetProcessById(connector.ProcessId ?? throw new InvalidOperationException("The host has no process."));
            return new HostSession(root, csharp, process);
        }
        catch
        {
            root.Dispose();
            throw;
        }
    }

    /// <summary>
    /// References the packed extension as a notebook does (<c>#i</c> the feed, <c>#r</c> the package) and fails with
    /// the host's own messages if the cell did not succeed. A cold NuGet cache restores the whole dependency graph.
    /// </summary>
    public async Task<IReadOnlyList<KernelEvent>> LoadNalytiqAsync(PackedExtension package)
    {
        var events = await SubmitAsync(
            $"#i \"nuget: {package.Feed}\"\n#r \"nuget: Nalytiq.Extensions, {package.Version}\"",
            TimeSpan.FromMinutes(10));
        CellOutput.ShouldSucceed(events);
        return events;
    }

    /// <summary>Runs one cell and returns every event it produced.</summary>
    public async Task<IReadOnlyList<KernelEvent>> SubmitAsync(string code, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        var sending = _csharp.SendAsync(new SubmitCode(code), cancellation.Token);

        // WaitAsync guarantees the test ends even if the proxy ignores the token.
        var result = await sending.WaitAsync(timeout + TimeSpan.FromSeconds(10));
        return result.Events;
    }

    /// <summary>Asks the host to quit, as a closing editor does, and fails if its process does not end by itself.</summary>
    public async ValueTask DisposeAsync()
    {
        using (_process)
        {
            // The host answers Quit by exiting, so the send never completes by itself: it is cancelled afterwards.
            using var quitting = new CancellationTokenSource();
            var quit = _root.SendAsync(new Quit(), quitting.Token);
            await Task.WhenAny(_process.WaitForExitAsync(), Task.Delay(ExitTimeout));
            var exited = _process.HasExited;
            await quitting.CancelAsync();

            // Disposing the last proxy kills the process tree if it is still there.
            _csharp.Dispose();
            _root.Dispose();
            if (await Task.WhenAny(quit, Task.Delay(TimeSpan.FromSeconds(1))) == quit)
            {
                _ = quit.Exception; // Observed: a cancelled or failed send after the exit is expected.
            }

            if (!exited)
            {
                throw new InvalidOperationException($"The host (process {_process.Id}) did not exit within {ExitTimeout} of Quit and was killed.");
            }
        }
    }
}
