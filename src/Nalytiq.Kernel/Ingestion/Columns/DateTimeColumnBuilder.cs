using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Dates in the one style the sample showed; only text is wider.</summary>
internal sealed class DateTimeColumnBuilder(int capacity, DateStyle style) : PrimitiveColumnBuilder<DateTime>(capacity)
{
    public override ColumnKind Kind => ColumnKind.DateTime;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => DateParsing.TryParse(text, style, out var value) && Add(value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new DateTimeDataFrameColumn(name, values, validity, length, nullCount);
}
