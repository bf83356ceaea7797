using Nalytiq.Caching;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;

namespace Nalytiq.Analysis;

/// <summary>The outcome of <c>#!analyze</c>: the profile, where it came from and when it was computed.</summary>
/// <param name="Name">The analysed frame's name (the notebook variable).</param>
/// <param name="Fingerprint">The data's fingerprint: the uploaded file's hash, or a hash of the frame's content.</param>
/// <param name="Profile">The profile.</param>
/// <param name="TimeSeries">The time series, when a time column was given.</param>
/// <param name="TimeColumn">That time column.</param>
/// <param name="Source">Computed now, or served from memory or from Garnet.</param>
/// <param name="ComputedAt">When the profile was computed.</param>
/// <param name="ServedAt">When this request was answered (so "computed 3 minutes ago" is relative to it).</param>
/// <param name="Elapsed">How long this request took.</param>
/// <param name="CacheWarning">Why the shared cache could not be used, when it could not.</param>
public sealed record AnalysisResult(
    string Name,
    string Fingerprint,
    DataProfile Profile,
    TimeSeriesResult? TimeSeries,
    string? TimeColumn,
    CacheSource Source,
    DateTimeOffset ComputedAt,
    DateTimeOffset ServedAt,
    TimeSpan Elapsed,
    LocalizedText? CacheWarning)
{
    /// <summary>Whether the cache answered.</summary>
    public bool FromCache => Source != CacheSource.Computed;

    /// <summary>How old the profile was when it was served.</summary>
    public TimeSpan Age => ServedAt - ComputedAt;
}
