namespace Nalytiq.Analysis.Engine;

/// <summary>The pairwise-complete rows of two columns, the loop every correlation of a pair runs on.</summary>
internal static class CompletePairs
{
    /// <summary>
    /// Streams the rows where neither <paramref name="x"/> nor <paramref name="y"/> is missing (NaN) into
    /// <paramref name="sink"/>, a chunk at a time through the buffers <paramref name="xs"/> and <paramref name="ys"/>.
    /// The sink is a type parameter so that the call to it is specialised and inlined, not a delegate call per row.
    /// </summary>
    public static void Stream<TSink>(ColumnSource x, ColumnSource y, double[] xs, double[] ys, ref TSink sink, CancellationToken cancellationToken)
        where TSink : IPairSink, allows ref struct
    {
        for (var start = 0; start < x.Length; start += xs.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = Math.Min(xs.Length, x.Length - start);
            x.ReadDoubles(start, xs.AsSpan(0, length));
            y.ReadDoubles(start, ys.AsSpan(0, length));
            for (var k = 0; k < length; k++)
            {
                if (!double.IsNaN(xs[k]) && !double.IsNaN(ys[k]))
                {
                    sink.Add(xs[k], ys[k]);
                }
            }
        }
    }
}
