using System.Collections.Concurrent;
using Microsoft.Data.Analysis;
using Nalytiq.Analysis.Engine;
using Nalytiq.Localization;

namespace Nalytiq.Analysis;

/// <summary>
/// Computes a <see cref="DataProfile"/> of a frame: a pure computation over the frame's typed buffers, columns in
/// parallel, each column read in one pass and sorted once.
/// </summary>
public static class DataProfiler
{
    /// <summary>
    /// The version of the profile's definitions, stored in every profile. It changes whenever a figure is defined or
    /// computed differently, so a cache keyed on it never serves a profile computed the old way.
    /// </summary>
    public const string EngineVersion = "1.1.0";

    /// <summary>Profiles <paramref name="frame"/>.</summary>
    /// <param name="frame">The data; it is only read.</param>
    /// <param name="options">What to compute and the alert thresholds; <see cref="ProfileOptions.Default"/> when null.</param>
    /// <param name="progress">Told after each column and each frame-wide step.</param>
    /// <param name="cancellationToken">Stops the profile; an <see cref="OperationCanceledException"/> is thrown then.</param>
    /// <exception cref="ProfileException">The grouping column does not exist.</exception>
    public static Task<DataProfile> ProfileAsync(
        DataFrame frame,
        ProfileOptions? options = null,
        IProgress<ProfileProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        options ??= ProfileOptions.Default;
        if (options.GroupBy is { } by && frame.Columns.IndexOf(by) < 0)
        {
            throw new ProfileException(new LocalizedText("Profile_GroupColumnNotFound", by), by);
        }

        return Task.Run(
            () =>
            {
                try
                {
                    return Unwrapped(() => Profile(frame, options, progress, cancellationToken));
                }
                finally
                {
                    Scratch.ReleaseCached();
                }
            },
            cancellationToken);
    }

    /// <summary>Parallel loops wrap what a body throws; callers should see the cancellation or the error itself.</summary>
    private static T Unwrapped<T>(Func<T> body)
    {
        try
        {
            return body();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions is [var single])
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(single);
            throw;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.FirstOrDefault(inner => inner is OperationCanceledException) is { } cancelled)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(cancelled);
            throw;
        }
    }

    private static DataProfile Profile(
        DataFrame frame, ProfileOptions options, IProgress<ProfileProgress>? progress, CancellationToken cancellationToken)
    {
        var rows = checked((int)frame.Rows.Count);
        var sources = frame.Columns.Select(ColumnSources.Create).ToArray();
        var numericCount = sources.Count(s => s.IsNumeric);
        var correlate = options.Correlations && numericCount >= 2;
        var totalSteps = sources.Length + 1 + (correlate ? 1 : 0) + (options.GroupBy is null ? 0 : 1);
        var done = 0;
        progress?.Report(new ProfileProgress(0, totalSteps, null));
        void Step(string name) => progress?.Report(new ProfileProgress(Interlocked.Increment(ref done), totalSteps, name));

        var profiles = new ColumnProfile[sources.Length];
        var ranks = new ColumnRanks?[sources.Length];

        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Partitioner.Create(Enumerable.Range(0, sources.Length), EnumerablePartitionerOptions.NoBuffering), parallel, item =>
        {
            (profiles[item], ranks[item]) = ColumnSources.Profile(sources[item], options, correlate, cancellationToken);
            Step(sources[item].Name);
        });

        // Duplicates come after the columns rather than beside them so that their row hashes never share memory with
        // a column's sorted copy; a column whose every row holds a distinct value rules duplicates out at once.
        var duplicates = profiles.Any(p => p.Missing == 0 && p.Distinct == rows && !p.IsDistinctEstimate)
            ? 0
            : DuplicateRows.Count(sources, rows, cancellationToken);
        Step("duplicates");

        var numeric = Enumerable.Range(0, sources.Length).Where(i => sources[i].IsNumeric).ToArray();
        CorrelationSummary correlations = new([], [], [], []);
        IReadOnlyList<CorrelationPair> pairs = [];
        if (correlate)
        {
            (correlations, pairs) = Correlations.Compute(
                numeric.Select(i => sources[i]).ToArray(),
                numeric.Select(i => profiles[i]).ToArray(),
                numeric.Select(i => ranks[i]).ToArray(),
                options,
                cancellationToken);
            Step("correlations");
        }

        Array.Clear(ranks);
        GroupProfile? groups = null;
        if (options.GroupBy is { } by)
        {
            var key = sources[frame.Columns.IndexOf(by)];
            groups = GroupProfiler.Profile(key, sources, options.MaxGroups, cancellationToken);
            Step("groups");
        }

        var overview = Overview(sources, profiles, rows, duplicates);
        var alerts = AlertRules.Evaluate(overview, profiles, pairs, options);
        return new DataProfile(EngineVersion, options, overview, profiles, correlations, alerts, groups);
    }

    private static ProfileOverview Overview(ColumnSource[] sources, ColumnProfile[] profiles, int rows, long duplicates)
    {
        var missing = profiles.Sum(p => p.Missing);
        var cells = (long)rows * profiles.Length;
        var memory = sources.Select((s, i) => s.EstimateBytes(profiles[i])).Sum();
        var kinds = profiles
            .GroupBy(p => p.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new KindCount(g.Key, g.Count()))
            .ToArray();
        return new ProfileOverview(
            rows,
            profiles.Length,
            memory,
            missing,
            NumericColumnProfiler.Share(missing, cells),
            duplicates,
            NumericColumnProfiler.Share(duplicates, rows),
            kinds);
    }
}
