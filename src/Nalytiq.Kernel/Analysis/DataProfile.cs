namespace Nalytiq.Analysis;

/// <summary>
/// Everything the profiler found in one frame. Plain immutable data with no reference to the frame, so it can be kept,
/// compared and stored as JSON.
/// </summary>
/// <param name="EngineVersion">The profiler version that computed it (<see cref="DataProfiler.EngineVersion"/>): a newer engine never reuses an older profile.</param>
/// <param name="Options">The options the profile was computed with.</param>
/// <param name="Overview">Frame-wide figures.</param>
/// <param name="Columns">One profile per column, in frame order.</param>
/// <param name="Correlations">Pearson and Spearman correlations of the numeric columns.</param>
/// <param name="Alerts">What looks wrong or notable, ordered by alert type then column.</param>
/// <param name="Groups">Key figures per group when <see cref="ProfileOptions.GroupBy"/> is set; otherwise null.</param>
public sealed record DataProfile(
    string EngineVersion,
    ProfileOptions Options,
    ProfileOverview Overview,
    IReadOnlyList<ColumnProfile> Columns,
    CorrelationSummary Correlations,
    IReadOnlyList<ProfileAlert> Alerts,
    GroupProfile? Groups);
