using Microsoft.Data.Analysis;
using Shouldly;

namespace Nalytiq.Export.Tests;

/// <summary>Frame equality cell by cell: names, column types, missing values and values (doubles to the bit).</summary>
internal static class FrameAssert
{
    public static void ShouldEqualFrame(this DataFrame actual, DataFrame expected)
    {
        actual.Columns.Select(c => c.Name).ShouldBe(expected.Columns.Select(c => c.Name));
        actual.Rows.Count.ShouldBe(expected.Rows.Count);
        for (var c = 0; c < expected.Columns.Count; c++)
        {
            var want = expected.Columns[c];
            var got = actual.Columns[c];
            got.DataType.ShouldBe(want.DataType, $"type of column '{want.Name}'");
            for (long row = 0; row < want.Length; row++)
            {
                Same(got[row], want[row]).ShouldBeTrue($"column '{want.Name}', row {row}: expected {Show(want[row])}, got {Show(got[row])}");
            }
        }
    }

    private static bool Same(object? actual, object? expected) => (actual, expected) switch
    {
        (null, null) => true,
        (double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b) || (double.IsNaN(a) && double.IsNaN(b)),
        (DateTime a, DateTime b) => a.Ticks == b.Ticks,
        _ => Equals(actual, expected),
    };

    private static string Show(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", System.Globalization.CultureInfo.InvariantCulture),
        DateTime d => d.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        string s => $"\"{s}\"",
        _ => value.ToString() ?? string.Empty,
    };
}
