using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!runs --best</c>: one run in full.</summary>
/// <param name="Run">The best run.</param>
/// <param name="Metric">The metric it is best by.</param>
internal sealed record BestRunView(RunInfo Run, string Metric)
{
    /// <summary>The time zone times are shown in.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;
}
