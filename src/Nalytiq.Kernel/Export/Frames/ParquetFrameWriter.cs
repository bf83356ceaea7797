using Parquet;
using Parquet.Schema;

namespace Nalytiq.Export.Frames;

/// <summary>
/// An Apache Parquet file (Snappy) with each column's type kept: int32, int64, double, boolean, timestamp (microseconds,
/// or nanoseconds when a value has sub-microsecond ticks), time (see <see cref="ParquetColumnWriter"/>) and UTF-8
/// text; columns with missing values are optional and keep their nulls. Written in row groups, copying each group's values once from the frame's buffers.
/// </summary>
internal sealed class ParquetFrameWriter : FrameWriter
{
    /// <summary>Rows per row group: large enough for good compression and fast scans, as DuckDB and Arrow write.</summary>
    private const int MinimumGroupRows = 131_072;

    public override async Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken)
    {
        var columns = export.Columns.Select(ParquetColumnWriter.For).ToArray();
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var groupRows = (int)Math.Min(Math.Max(export.CheckpointRows, MinimumGroupRows), Math.Max(1, export.Rows));
        var writer = await ParquetWriter.CreateAsync(schema, stream, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            var ticks = export.Columns.Where(ParquetColumnWriter.IsWrittenAsTicks).Select(c => c.Name).ToArray();
            if (ticks.Length > 0)
            {
                writer.CustomMetadata = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    [ParquetColumnWriter.TimeTicksKey] = System.Text.Json.JsonSerializer.Serialize(ticks, Ingestion.Columnar.ParquetJsonContext.Default.StringArray),
                };
            }

            for (long start = 0; start < export.Rows || start == 0; start += groupRows)
            {
                export.Checkpoint(start, cancellationToken);
                var count = (int)Math.Min(groupRows, export.Rows - start);
                using var group = writer.CreateRowGroup();
                foreach (var column in columns)
                {
                    await column.WriteAsync(group, start, count, cancellationToken).ConfigureAwait(false);
                }

                group.CompleteValidate();
                if (export.Rows == 0)
                {
                    break;
                }
            }
        }

        export.Checkpoint(export.Rows, cancellationToken);
    }
}
