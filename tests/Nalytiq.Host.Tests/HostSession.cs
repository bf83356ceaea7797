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
    private readonly int? _processId;

    private HostSession(ProxyKernel root, ProxyKernel csharp, int? processId)
    {
        _root = root;
        _csharp = csharp;
        _processId = processId;
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
            return new HostSession(root, csharp, connector.ProcessId);
        }
        catch
        {
            root.Dispose();
            throw;
        }
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

    /// <summary>Quits the host and makes sure its process is gone.</summary>
    public async ValueTask DisposeAsync()
    {
        // Disposing the last proxy sends Quit and then kills the process tree.
        _csharp.Dispose();
        _root.Dispose();
        if (_processId is not { } id)
        {
            return;
        }

        Process process;
        try
        {
            process = Process.GetProcessById(id);
        }
        catch (ArgumentException)
        {
            return; // Already gone.
        }

        using (process)
        {
            using var wait = new CancellationTokenSource(ExitTimeout);
            try
            {
                await process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"The host (process {id}) did not exit within {ExitTimeout} of Quit and was killed.");
            }
        }
    }
}
