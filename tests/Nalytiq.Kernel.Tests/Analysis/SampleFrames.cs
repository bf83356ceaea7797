using Microsoft.Data.Analysis;

namespace Nalytiq.Tests.Analysis;

/// <summary>Generated frames with missing values, ties, zeros, negatives and infinities, reproducible by seed.</summary>
internal static class SampleFrames
{
    public static readonly string[] Words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"];

    public static int?[] Ints(int rows, int seed) => Generate<int?>(rows, seed, r => r.NextDouble() < 0.1 ? null : r.Next(-20, 40));

    public static double?[] Doubles(int rows, int seed) => Generate<double?>(rows, seed, r => r.NextDouble() switch
    {
        < 0.05 => null,
        < 0.08 => double.NaN,
        < 0.10 => 0.0,
        < 0.11 => double.PositiveInfinity,
        < 0.115 => double.NegativeInfinity,
        < 0.30 => Math.Round(r.NextDouble() * 10, 1) - 3,
        _ => Math.Exp(r.NextDouble() * 4) - 5,
    });

    public static string?[] Strings(int rows, int seed) => Generate<string?>(rows, seed, r =>
        r.NextDouble() < 0.07 ? null : Words[(int)Math.Floor(Math.Pow(r.NextDouble(), 2) * Words.Length)]);

    public static DateTime?[] Dates(int rows, int seed) => Generate<DateTime?>(rows, seed, r =>
        r.NextDouble() < 0.05 ? null : new DateTime(2024, 1, 1).AddDays(r.Next(0, 200)));

    public static bool?[] Booleans(int rows, int seed) => Generate<bool?>(rows, seed, r => r.NextDouble() switch
    {
        < 0.1 => null,
        < 0.4 => true,
        _ => false,
    });

    public static DataFrame Mixed(int rows, int seed) => new(
        new Int32DataFrameColumn("count", Ints(rows, seed)),
        new DoubleDataFrameColumn("amount", Doubles(rows, seed + 1)),
        new StringDataFrameColumn("word", Strings(rows, seed + 2)),
        new DateTimeDataFrameColumn("day", Dates(rows, seed + 3)),
        new BooleanDataFrameColumn("flag", Booleans(rows, seed + 4)));

    private static T[] Generate<T>(int rows, int seed, Func<Random, T> next)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, rows).Select(_ => next(random)).ToArray();
    }
}
