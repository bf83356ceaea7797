using Nalytiq.TimeSeries;

namespace Nalytiq.Analysis;

/// <summary>What <c>#!analyze</c> computes and whether the cache may answer.</summary>
public sealed record AnalyzeOptions
{
    /// <summary>The default: a full profile, served from the cache when the same data was profiled before.</summary>
    public static AnalyzeOptions Default { get; } = new();

    /// <summary>The profile's figures and alert thresholds (including <see cref="ProfileOptions.GroupBy"/>).</summary>
    public ProfileOptions Profile { get; init; } = ProfileOptions.Default;

    /// <summary>A date column to resample into a time series; none by default.</summary>
    public string? TimeColumn { get; init; }

    /// <summary>The period of the time series.</summary>
    public ResamplePeriod Every { get; init; } = ResamplePeriod.Day;

    /// <summary>Recomputes even when the cache has the profile, and stores the new one.</summary>
    public bool Refresh { get; init; }

    /// <summary>Neither reads nor writes the cache.</summary>
    public bool NoCache { get; init; }
}
