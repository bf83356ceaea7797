using Nalytiq.Bench.Measurement;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.DataProfiling;

/// <summary>Runs this bench again as a separate process, so a "kernel restart" pays what a new process pays (JIT included).</summary>
internal static class ChildProcess
{
    public static Task<RestartReport> RunRestartAsync(string path, string home, bool startFirst, CancellationToken cancellationToken) =>
        BenchProcess.RunAsync(
            ["profile-restart", path, "--home", home, "--start-first", startFirst ? "true" : "false"],
            BenchJsonContext.Default.RestartReport,
            cancellationToken);
}
