namespace Nalytiq.Bench.Measurement;

/// <summary>The median, which a single disturbed run (another process taking a core) does not move much.</summary>
internal static class Median
{
    public static double Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    public static long Of(IEnumerable<long> values) => (long)Of(values.Select(v => (double)v));
}
