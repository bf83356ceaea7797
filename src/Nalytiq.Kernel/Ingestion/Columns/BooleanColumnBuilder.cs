using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary><c>true</c>/<c>false</c> cells; only text is wider.</summary>
internal sealed class BooleanColumnBuilder(int capacity) : PrimitiveColumnBuilder<bool>(capacity)
{
    public override ColumnKind Kind => ColumnKind.Boolean;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text) => ValueParsers.TryParseBoolean(text, out var value) && Add(value);

    public override ColumnBuilder? Widen() => null;

    protected override DataFrameColumn CreateColumn(string name, byte[] values, byte[] validity, int length, int nullCount) =>
        new BooleanDataFrameColumn(name, values, validity, length, nullCount);
}
