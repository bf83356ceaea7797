using System.Diagnostics;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Nalytiq.Cli.Tests.Chromium;

/// <summary>
/// The system's headless Chromium (Debian's <c>chromium</c> package; <c>NALYTIQ_CHROMIUM</c> overrides the path),
/// driven over the DevTools protocol on loopback. Nothing is downloaded: a missing browser fails the test with the
/// command that installs it, since CI must not skip these checks.
/// </summary>
internal sealed class ChromiumBrowser : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _profile;
    private readonly StringBuilder _log;

    private ChromiumBrowser(Process process, string profile, StringBuilder log, DevToolsConnection page)
    {
        _process = process;
        _profile = profile;
        _log = log;
        Page = page;
    }

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("NALYTIQ_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>The first tab.</summary>
    public DevToolsConnection Page { get; }

    public static async Task<ChromiumBrowser> StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ExecutablePath}. Install it with `sudo apt-get install -y chromium` (.ci/run does), or set NALYTIQ_CHROMIUM.");
        }

        var profile = Directory.CreateTempSubdirectory("nalytiq-chromium-").FullName;
        var start = new ProcessStartInfo(ExecutablePath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[]
        {
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--disable-sync",
            "--disable-component-update", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", $"--user-data-dir={profile}",
            "--window-size=1280,1600", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var log = new StringBuilder();
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var port = await WaitForPortAsync(process, profile, log, cancellationToken);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
            var targets = await http.GetFromJsonAsync<JsonElement>($"http://127.0.0.1:{port}/json/list", cancellationToken);
            var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            var connection = await DevToolsConnection.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
            return new ChromiumBrowser(process, profile, log, connection);
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Page.DisposeAsync();
        Stop(_process);
        _process.Dispose();
        for (var attempt = 0; attempt < 5 && Directory.Exists(_profile); attempt++)
        {
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                await Task.Delay(500); // Chromium's helpers may still hold a file for a moment.
            }
        }
    }

    public override string ToString()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    private static async Task<int> WaitForPortAsync(Process process, string profile, StringBuilder log, CancellationToken cancellationToken)
    {
        // Chromium writes the port it chose (and the browser's socket path) to this file once it listens.
        var file = Path.Combine(profile, "DevToolsActivePort");
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (File.Exists(file) && (await File.ReadAllLinesAsync(file, cancellationToken)) is [var port, _, ..] && int.TryParse(port, out var number))
            {
                return number;
            }

            if (process.HasExited)
            {
                lock (log)
                {
                    throw new InvalidOperationException($"Chromium exited with code {process.ExitCode} before listening:\n{log}");
                }
            }

            await Task.Delay(100, cancellationToken);
        }

        throw new TimeoutException($"Chromium did not open its DevTools port within {StartTimeout.TotalSeconds} s.");
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(30));
        }
    }
}
