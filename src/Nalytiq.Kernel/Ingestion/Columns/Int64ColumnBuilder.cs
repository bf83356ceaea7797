using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>64-bit integers; widens to doubles.</summary>
internal sealed class Int64ColumnBuilder : PrimitiveColumnBuilder<long>
{
    public Int64ColumnBuilder(int capacity)
        : base(capacity)
    {
    }

    public Int64ColumnBuilder(Int32ColumnBuilder source)
        : base(0) => CopyFrom(source, static v => (long)v);

    public override ColumnKind Kind => ColumnKind.Int64;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => ValueParsers.TryParseInt64(text, out var value) && Add(value);

    public override ColumnBuilder? Widen() => new DoubleColumnBuilder(this);

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new Int64DataFrameColumn(name, values, validity, length, nullCount);
}
