using System.Diagnostics;
using System.Text.Json;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>Runs this bench again as a separate process, so a "kernel restart" pays what a new process pays (JIT included).</summary>
internal static class ChildProcess
{
    public static async Task<RestartReport> RunRestartAsync(string path, string home, bool startFirst, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // Under the dotnet host the process path is dotnet itself and the bench's assembly comes first.
        if (string.Equals(Path.GetFileNameWithoutExtension(start.FileName), "dotnet", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        foreach (var argument in new[] { "profile-restart", path, "--home", home, "--start-first", startFirst ? "true" : "false" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var lines = (await output.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length > 0
            ? JsonSerializer.Deserialize(lines[^1], BenchJsonContext.Default.RestartReport) ?? throw new InvalidOperationException("Empty report.")
            : throw new InvalidOperationException($"profile-restart failed ({process.ExitCode}): {await error.ConfigureAwait(false)}");
    }
}
