using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>32-bit integers; widens to 64-bit integers.</summary>
internal sealed class Int32ColumnBuilder(int capacity) : PrimitiveColumnBuilder<int>(capacity)
{
    public override ColumnKind Kind => ColumnKind.Int32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => ValueParsers.TryParseInt32(text, out var value) && Add(value);

    public override ColumnBuilder? Widen() => new Int64ColumnBuilder(this);

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new Int32DataFrameColumn(name, values, validity, length, nullCount);
}
