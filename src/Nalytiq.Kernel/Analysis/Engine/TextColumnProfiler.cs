using System.Runtime.InteropServices;
using Nalytiq.Ingestion;
using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// Profiles a text column in one pass: value counts in a dictionary until the distinct limit, then a HyperLogLog
/// sketch for the distinct count.
/// </summary>
internal static class TextColumnProfiler
{
    public static ColumnProfile Profile(StringSource source, ProfileOptions options, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        HyperLogLog? sketch = null;
        long present = 0, totalLength = 0;
        int minLength = int.MaxValue, maxLength = 0;
        var limit = Math.Max(1, options.DistinctExactLimit);
        foreach (var value in source.Values)
        {
            if (value is null)
            {
                continue;
            }

            if ((++present & (ColumnSource.Chunk - 1)) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var length = value.Length;
            totalLength += length;
            minLength = Math.Min(minLength, length);
            maxLength = Math.Max(maxLength, length);
            ref var count = ref CollectionsMarshal.GetValueRefOrNullRef(counts, value);
            if (!System.Runtime.CompilerServices.Unsafe.IsNullRef(ref count))
            {
                count++;
            }
            else if (sketch is null && counts.Count < limit)
            {
                counts.Add(value, 1);
            }
            else
            {
                sketch ??= Seed(counts.Keys);
                sketch.Add(value);
            }
        }

        var distinct = sketch is null ? counts.Count : Math.Max(counts.Count, sketch.Estimate());
        var missing = source.Length - present;
        var top = counts
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(Math.Max(0, options.TopValueCount))
            .Select(pair => new ValueCount(pair.Key, pair.Value, NumericColumnProfiler.Share(pair.Value, present)))
            .ToArray();
        var summary = new TextSummary(
            top,
            present > 0 ? minLength : null,
            present > 0 ? (double)totalLength / present : null,
            present > 0 ? maxLength : null,
            sketch is null ? Imbalance(counts.Values, present) : null,
            DateShare(counts.Keys, options.TypeDateSampleSize));
        return new ColumnProfile(
            source.Name,
            ColumnKind.String,
            present,
            missing,
            NumericColumnProfiler.Share(missing, source.Length),
            distinct,
            IsDistinctEstimate: sketch is not null,
            NumericColumnProfiler.Share(distinct, present),
            Text: summary);
    }

    /// <summary>1 − H/ln k of the value frequencies.</summary>
    public static double? Imbalance(IEnumerable<long> frequencies, long total)
    {
        var k = 0;
        var entropy = 0.0;
        foreach (var frequency in frequencies)
        {
            if (frequency == 0)
            {
                continue;
            }

            k++;
            var p = (double)frequency / total;
            entropy -= p * Math.Log(p);
        }

        return k < 2 ? null : Math.Max(0, 1 - (entropy / Math.Log(k)));
    }

    private static HyperLogLog Seed(IEnumerable<string> seen)
    {
        var sketch = new HyperLogLog();
        foreach (var value in seen)
        {
            sketch.Add(value);
        }

        return sketch;
    }

    private static double? DateShare(IEnumerable<string> distinctValues, int sampleSize)
    {
        var sample = distinctValues.Where(v => !string.IsNullOrWhiteSpace(v)).Take(Math.Max(1, sampleSize)).ToArray();
        if (sample.Length == 0)
        {
            return null;
        }

        var best = 0;
        foreach (var style in Enum.GetValues<DateStyle>())
        {
            var parsed = sample.Count(v => DateParsing.TryParse(v.AsSpan().Trim(), style, out _));
            best = Math.Max(best, parsed);
            if (best == sample.Length)
            {
                break;
            }
        }

        return (double)best / sample.Length;
    }
}
