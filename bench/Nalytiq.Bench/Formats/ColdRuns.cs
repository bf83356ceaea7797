using System.Diagnostics;
using System.Text.Json;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Formats;

/// <summary>
/// Fresh processes of this bench's <c>ingest</c> command, one load each: what a notebook's first upload pays (JIT,
/// native library loading, the page cache warm).
/// </summary>
internal static class ColdRuns
{
    public static async Task<IngestReport> RunAsync(string path, string engine, CancellationToken cancellationToken)
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
            start.ArgumentList.Add(typeof(ColdRuns).Assembly.Location);
        }

        foreach (var argument in new[] { "ingest", path, "--engine", engine })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var lines = (await output.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length > 0
            ? JsonSerializer.Deserialize(lines[^1], BenchJsonContext.Default.IngestReport) ?? throw new InvalidOperationException("Empty report.")
            : throw new InvalidOperationException($"ingest {engine} {path} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}");
    }
}
