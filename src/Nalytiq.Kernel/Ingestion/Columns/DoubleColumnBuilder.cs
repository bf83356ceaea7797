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

    public override ColumnKind Kind => ColumnKind.Double;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) =>
        (_decimalComma ? ValueParsers.TryParseDecimalComma(text, out var value) : ValueParsers.TryParseDouble(text, out value)) && Add(value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new DoubleDataFrameColumn(name, values, validity, length, nullCount);
}
