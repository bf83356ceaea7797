using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Floating-point numbers; only text is wider.</summary>
internal sealed class DoubleColumnBuilder : PrimitiveColumnBuilder<double>
{
    private readonly bool _decimalComma;

    public DoubleColumnBuilder(int capacity, bool decimalComma = false)
        : base(capacity) => _decimalComma = decimalComma;

    public DoubleColumnBuilder(Int64ColumnBuilder source)
        : base(0) => CopyFrom(source, static v => (double)v);

    private const double ExactIntegerLimit = 9_007_199_254_740_992.0; // 2^53

    public override ColumnKind Kind => ColumnKind.Double;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) =>
        (_decimalComma ? ValueParsers.TryParseDecimalComma(text, out var value) : ValueParsers.TryParseDouble(text, out value))
        && (Math.Abs(value) < ExactIntegerLimit || IsExactInteger(text, value))
        && Add(value);

    /// <summary>Whether a 64-bit integer is exactly a double (every integer up to 2^53 in magnitude, some beyond).</summary>
    public static bool IsExact(long value) =>
        Math.Abs((double)value) < ExactIntegerLimit || (value != long.MinValue && (double)value < 9.2e18 && (long)(double)value == value);

    /// <summary>
    /// Beyond 2^53 a double no longer holds every integer: an integer written in the file (no point, no exponent) must
    /// come back exactly, or the cell does not fit and the column becomes text. Decimals keep the double's rounding,
    /// as in every reader.
    /// </summary>
    private static bool IsExactInteger(ReadOnlySpan<char> text, double value) =>
        text.IndexOfAny(".eE,") >= 0 || (long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var integer) && IsExact(integer) && (double)integer == value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new DoubleDataFrameColumn(name, values, validity, length, nullCount);
}
