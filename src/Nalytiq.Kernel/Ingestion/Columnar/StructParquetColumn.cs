using Nalytiq.Ingestion.Columns;
using Parquet;
using Parquet.Schema;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>A Parquet column of a value type, converted to the frame's type (e.g. int16 → int32, float → double).</summary>
internal sealed class StructParquetColumn<TSource, TTarget>(PrimitiveColumnBuilder<TTarget> builder, Func<TSource, TTarget> convert) : ParquetColumn
    where TSource : struct
    where TTarget : unmanaged
{
    public override ColumnBuilder Builder => builder;

    public override async Task ReadAsync(ParquetRowGroupReader group, DataField field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(group);
        var values = new TSource?[checked((int)group.RowCount)];
        await group.ReadAsync(field, values.AsMemory(), null, cancellationToken).ConfigureAwait(false);
        foreach (var value in values)
        {
            if (value.HasValue)
            {
                builder.AppendValue(convert(value.Value));
            }
            else
            {
                builder.AppendMissing();
            }
        }
    }
}
