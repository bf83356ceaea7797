using Nalytiq.TimeSeries;

namespace Nalytiq.Analysis;

/// <summary>What is cached for one analysis: the profile and, when asked for, the time series.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="TimeSeries">The resampled time series, when a time column was given.</param>
internal sealed record AnalysisPayload(DataProfile Profile, TimeSeriesResult? TimeSeries);
