using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Nalytiq.Bench.Measurement;

/// <summary>
/// Runs this bench again as a separate process and reads the JSON line it prints last: what a fresh kernel pays
/// (JIT, native libraries, first use) is only measured in a new process.
/// </summary>
internal static class BenchProcess
{
    public static async Task<T> RunAsync<T>(IEnumerable<string> arguments, JsonTypeInfo<T> report, CancellationToken cancellationToken)
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
            start.ArgumentList.Add(typeof(BenchProcess).Assembly.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + start.FileName);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var lines = (await output.ConfigureAwait(false)).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return process.ExitCode == 0 && lines.Length > 0
            ? JsonSerializer.Deserialize(lines[^1], report) ?? throw new InvalidOperationException("Empty report.")
            : throw new InvalidOperationException($"{string.Join(' ', start.ArgumentList)} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}");
    }
}
