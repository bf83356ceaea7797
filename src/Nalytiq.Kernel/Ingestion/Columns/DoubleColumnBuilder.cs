using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Floating-point numbers; only text is wider.</summary>
internal sealed class DoubleColumnBuilder : PrimitiveColumnBuilder<double>
{
    public DoubleColumnBuilder(int capacity)
        : base(capacity)
    {
    }

    public DoubleColumnBuilder(Int64ColumnBuilder source)
        : base(0) => CopyFrom(source, static v => (double)v);

    public override ColumnKind Kind => ColumnKind.Double;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => ValueParsers.TryParseDouble(text, out var value) && Add(value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new DoubleDataFrameColumn(name, values, validity, length, nullCount);
}
