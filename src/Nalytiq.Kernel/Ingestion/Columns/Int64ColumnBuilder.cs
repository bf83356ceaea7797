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

    /// <summary>
    /// Decimals when every integer read so far is exact as a double; otherwise the column becomes text (read again as
    /// written), since a double would silently change an integer beyond 2^53 (a 19-digit id).
    /// </summary>
    public override ColumnBuilder? Widen()
    {
        foreach (var value in Values)
        {
            if (!DoubleColumnBuilder.IsExact(value))
            {
                return null;
            }
        }

        return new DoubleColumnBuilder(this);
    }

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new Int64DataFrameColumn(name, values, validity, length, nullCount);
}
