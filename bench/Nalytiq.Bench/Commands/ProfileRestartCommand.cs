using System.Text.Json;
using Nalytiq.Bench.DataProfiling;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>profile-restart &lt;file&gt; --home &lt;dir&gt; [--start-first true]</c>: what a notebook sees after a kernel restart,
/// in this fresh process: the file uploaded (untimed), then the first <c>#!analyze</c> timed, with Garnet starting and
/// recovering inside that request or, with <c>--start-first</c>, started beforehand. <c>profile</c> runs it as a child.
/// </summary>
internal static class ProfileRestartCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var path = BenchPaths.ExistingCsv(arguments);
        var home = arguments.Text("home") ?? throw new ArgumentException("--home is required.");
        var startFirst = string.Equals(arguments.Text("start-first"), "true", StringComparison.Ordinal);
        var session = await ProfileSession.OpenAsync(path, home, cancellationToken).ConfigureAwait(false);
        try
        {
            double? startMs = startFirst ? await session.StartCacheAsync(cancellationToken).ConfigureAwait(false) : null;
            var (seconds, result) = await session.AnalyzeAsync(cancellationToken).ConfigureAwait(false);
            var report = new RestartReport(seconds * 1000, result.Source.ToString(), startMs);
            Console.WriteLine(JsonSerializer.Serialize(report, BenchJsonContext.Default.RestartReport));
        }
        finally
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        return 0;
    }
}
