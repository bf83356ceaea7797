using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Times of day and durations written <c>hh:mm:ss[.fffffff]</c> (hours may pass 23 for a duration, a leading
/// <c>-</c> for a negative one); only text is wider. Readers with typed times (Excel, Parquet) append them directly.
/// </summary>
internal sealed class TimeColumnBuilder(int capacity) : PrimitiveColumnBuilder<TimeSpan>(capacity)
{
    public override ColumnKind Kind => ColumnKind.Time;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => TimeText.TryParse(text, out var value) && Add(value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new PrimitiveDataFrameColumn<TimeSpan>(name, values, validity, length, nullCount);
}
