using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>Profiles a boolean column in one pass.</summary>
internal static class BooleanColumnProfiler
{
    public static ColumnProfile Profile(PrimitiveSource<bool> source)
    {
        long trues = 0, count = 0;
        for (var b = 0; b < source.Buffers.Length; b++)
        {
            var span = source.Buffers[b].Span;
            var bits = source.Validity(b);
            for (var i = 0; i < span.Length; i++)
            {
                if (PrimitiveSource<bool>.IsValid(bits, i))
                {
                    count++;
                    trues += span[i] ? 1 : 0;
                }
            }
        }

        var falses = count - trues;
        var missing = source.Length - count;
        long distinct = (trues > 0 ? 1 : 0) + (falses > 0 ? 1 : 0);
        return new ColumnProfile(
            source.Name,
            ColumnKind.Boolean,
            count,
            missing,
            NumericColumnProfiler.Share(missing, source.Length),
            distinct,
            IsDistinctEstimate: false,
            NumericColumnProfiler.Share(distinct, count),
            Boolean: new BooleanSummary(trues, falses, NumericColumnProfiler.Share(trues, count), NumericColumnProfiler.Share(falses, count)));
    }
}
