using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Caching;
using Nalytiq.TimeSeries;

namespace Nalytiq;

public sealed partial class Workbench
{
    /// <summary>
    /// Profiles a frame (and resamples it over time when asked), through the cache: the same data with the same options
    /// is computed once, then served from memory or Garnet, across kernel restarts and, with a shared server, colleagues.
    /// </summary>
    /// <param name="name">The frame's name, as shown in the result.</param>
    /// <param name="frame">The data.</param>
    /// <param name="options">What to compute and whether the cache may answer.</param>
    /// <param name="progress">Told after each column while a profile is computed.</param>
    /// <param name="cancellationToken">Stops the analysis; nothing is cached then.</param>
    /// <exception cref="ProfileException">An option names a column the frame does not have, or one of the wrong type.</exception>
    public async Task<AnalysisResult> AnalyzeAsync(
        string name,
        DataFrame frame,
        AnalyzeOptions? options = null,
        IProgress<ProfileProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= AnalyzeOptions.Default;
        var clock = Options.TimeProvider;
        var started = clock.GetTimestamp();
        var timeInput = options.TimeColumn is { } time ? TimeSeriesInputs.From(frame, time) : null;

        // An uploaded frame is known by its file's hash; a frame built or changed in code by its content.
        var fingerprint = Datasets.Of(frame) is { } dataset && dataset.RowCount == frame.Rows.Count
            ? dataset.Fingerprint
            : FrameFingerprint.Compute(frame);

        async ValueTask<AnalysisPayload> ComputeAsync(CancellationToken token)
        {
            var profile = await DataProfiler.ProfileAsync(frame, options.Profile, progress, token).ConfigureAwait(false);
            var series = timeInput is null ? null : TimeSeries.Resample(timeInput, options.Every, token);
            return new AnalysisPayload(profile, series);
        }

        CacheResult<AnalysisPayload> result;
        if (options.NoCache)
        {
            result = new(await ComputeAsync(cancellationToken).ConfigureAwait(false), CacheSource.Computed, clock.GetUtcNow());
        }
        else
        {
            var key = AnalysisKey(fingerprint, options);
            if (options.Refresh)
            {
                await Cache.RemoveAsync(key, cancellationToken).ConfigureAwait(false);
            }

            result = await Cache.GetOrCreateAsync(key, ComputeAsync, cancellationToken).ConfigureAwait(false);
        }

        return new AnalysisResult(
            name,
            fingerprint,
            result.Value.Profile,
            result.Value.TimeSeries,
            options.TimeColumn,
            result.Source,
            result.ComputedAt,
            clock.GetUtcNow(),
            clock.GetElapsedTime(started),
            result.Warning);
    }

    /// <summary>The data's fingerprint, the options and the profiler's version: a change to any gives a new key.</summary>
    private static CacheKey AnalysisKey(string fingerprint, AnalyzeOptions options) => CacheKey.Create(
        "profile",
        fingerprint,
        new { options.Profile, options.TimeColumn, Every = options.TimeColumn is null ? null : options.Every.ToString() },
        DataProfiler.EngineVersion);

    /// <summary>
    /// Starts the cache and runs the code a first <c>#!analyze</c> needs once on a tiny frame (profiler, cache key,
    /// a lookup through both cache layers, the cached entry's JSON both ways), so that after a kernel restart a cached
    /// profile is served in milliseconds rather than after a tenth of a second of just-in-time compilation.
    /// </summary>
    private async Task WarmUpAnalysisAsync()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<double>("x", [1, 2]), new StringDataFrameColumn("y", ["a", null]));
        var payload = new AnalysisPayload(await DataProfiler.ProfileAsync(frame).ConfigureAwait(false), null);
        _ = AnalysisKey(string.Empty, AnalyzeOptions.Default);
        await Cache.WarmUpAsync(payload).ConfigureAwait(false);
    }
}
