using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Assistant;

internal sealed partial class FrameTools
{
    private static bool IsNumeric(DataFrameColumn column) => ColumnKinds.IsNumeric(column);

    private static double? Number(object? value) => value switch
    {
        null => null,
        double d => d,
        float f => f,
        int i => i,
        long l => l,
        decimal m => (double)m,
        IConvertible c when value is not string and not DateTime and not bool => c.ToDouble(Invariant),
        _ => null,
    };

    private static List<double> Numbers(DataFrameColumn column, CancellationToken token)
    {
        var values = new List<double>((int)Math.Min(column.Length, 1_000_000));
        for (long row = 0; row < column.Length; row++)
        {
            Check(row, token);
            if (Number(column[row]) is { } v && double.IsFinite(v))
            {
                values.Add(v);
            }
        }

        return values;
    }

    /// <summary>Hyndman–Fan type 7, as the profile's percentiles.</summary>
    private static double Interpolate(List<double> sorted, double q)
    {
        var h = (sorted.Count - 1) * q;
        var low = (int)Math.Floor(h);
        return low + 1 < sorted.Count ? sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]) : sorted[low];
    }

    private static bool Compare(double left, double right, string op) => op.Trim().ToLowerInvariant() switch
    {
        "eq" or "=" or "==" => left == right,
        "ne" or "!=" => left != right,
        "gt" or ">" => left > right,
        "ge" or ">=" => left >= right,
        "lt" or "<" => left < right,
        "le" or "<=" => left <= right,
        _ => throw new ToolException($"unknown operator '{op}': eq, ne, gt, ge, lt, le, contains or missing"),
    };

    /// <summary>A group or value label as it may be sent: masked when sensitive, or identifier-like below samples.</summary>
    private string Label(DataFrameColumn column, string value, int distinct)
    {
        if (column.DataType != typeof(string))
        {
            return value;
        }

        var sensitive = ValueMasker.IsSensitiveColumn(column.Name, []);
        return privacy < PrivacyLevel.Samples && distinct > IdentifierLike ? "(value withheld)" : ValueMasker.Mask(value, sensitive);
    }

    private static string Text(object value) => value switch
    {
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss", Invariant),
        IFormattable f => f.ToString(null, Invariant),
        _ => value.ToString() ?? string.Empty,
    };

    private static string G(double value) => DataContextBuilder.G(double.IsNaN(value) ? null : value);

    private static void Check(long row, CancellationToken token)
    {
        if ((row & 0xFFFF) == 0)
        {
            token.ThrowIfCancellationRequested();
        }
    }
}
