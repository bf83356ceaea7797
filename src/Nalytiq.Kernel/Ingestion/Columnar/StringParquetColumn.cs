using Nalytiq.Ingestion.Columns;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>A Parquet text column, kept exactly: nulls are missing, a literal <c>NA</c> stays text.</summary>
internal sealed class StringParquetColumn : ParquetColumn
{
    private readonly StringColumnBuilder _builder = new(0);

    public override ColumnBuilder Builder => _builder;

    public override async Task ReadAsync(ParquetRowGroupReader group, DataField field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var values = new string?[checked((int)group.RowCount)];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        foreach (var value in values)
        {
            if (value is null)
            {
                _builder.AppendMissing();
            }
            else
            {
                _builder.AppendExact(value);
            }
        }
    }
}
