using System.Diagnostics;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Stands in for a column that turned out to be text after typed values were already converted: the original text
/// of those earlier cells is gone, so the column is read again in a second pass to hold exactly what the file says.
/// </summary>
internal sealed class DeferredTextBuilder : ColumnBuilder
{
    public DeferredTextBuilder(int count) => Count = count;

    public override ColumnKind Kind => ColumnKind.String;

    public override bool NeedsTextPass => true;

    public override bool TryAppend(ReadOnlySpan<char> text)
    {
        Count++;
        return true;
    }

    public override void AppendMissing() => Count++;

    public override ColumnBuilder? Widen() => throw new UnreachableException("Text accepts every cell.");

    public override DataFrameColumn Build(string name) =>
        throw new InvalidOperationException("A deferred text column is rebuilt by a second pass before the frame is built.");
}
