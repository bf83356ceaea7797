using System.Globalization;

namespace Nalytiq.Export.Frames;

/// <summary>
/// A JSON array of objects, one per row (or one object a line for NDJSON): numbers as numbers (a double always with
/// a decimal point, so it reads back as a double), booleans as booleans, dates as ISO 8601 strings, missing values as
/// <c>null</c>. Infinities, which JSON has no number for, are written as the strings <c>"Infinity"</c>/<c>"-Infinity"</c>.
/// </summary>
internal sealed class JsonFrameWriter(bool lines) : FrameWriter
{
    public override Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken)
    {
        var columns = export.Columns;
        var names = columns.Select(c => JsonText.PropertyName(c.Name)).ToArray();
        var precisions = columns.Select(c => c is ValueColumn<DateTime> d ? CellText.PrecisionOf(d) : DatePrecision.Date).ToArray();
        var sink = new Utf8Sink(stream);
        if (!lines)
        {
            sink.Write((byte)'[');
        }

        var every = export.CheckpointRows;
        for (long row = 0; row < export.Rows; row++)
        {
            if (row % every == 0)
            {
                export.Checkpoint(row, cancellationToken);
            }

            if (!lines)
            {
                sink.Write(row == 0 ? "\n"u8 : ",\n"u8);
            }

            sink.Write((byte)'{');
            for (var c = 0; c < columns.Length; c++)
            {
                if (c > 0)
                {
                    sink.Write((byte)',');
                }

                sink.Write(names[c]);
                WriteValue(sink, columns[c], row, precisions[c]);
            }

            sink.Write((byte)'}');
            if (lines)
            {
                sink.Write((byte)'\n');
            }

            sink.FlushIfFull();
        }

        if (!lines)
        {
            sink.Write(export.Rows == 0 ? "]\n"u8 : "\n]\n"u8);
        }

        sink.Flush();
        export.Checkpoint(export.Rows, cancellationToken);
        return Task.CompletedTask;
    }

    private static void WriteValue(Utf8Sink sink, ExportColumn column, long row, DatePrecision precision)
    {
        switch (column)
        {
            case ValueColumn<int> c when c.TryGet(row, out var v):
                sink.Write(v, default, CultureInfo.InvariantCulture);
                break;
            case ValueColumn<long> c when c.TryGet(row, out var v):
                sink.Write(v, default, CultureInfo.InvariantCulture);
                break;
            case ValueColumn<double> c when c.TryGet(row, out var v) && !double.IsNaN(v):
                if (double.IsFinite(v))
                {
                    CellText.WriteDouble(sink, v, NumberFormatInfo.InvariantInfo, (byte)'.');
                }
                else
                {
                    sink.Write(v > 0 ? "\"Infinity\""u8 : "\"-Infinity\""u8);
                }

                break;
            case ValueColumn<bool> c when c.TryGet(row, out var v):
                sink.Write(v ? "true"u8 : "false"u8);
                break;
            case ValueColumn<DateTime> c when c.TryGet(row, out var v):
                sink.Write((byte)'"');
                CellText.WriteIsoDate(sink, v, precision, (byte)'T');
                sink.Write((byte)'"');
                break;
            case ValueColumn<TimeSpan> c when c.TryGet(row, out var v):
                sink.Write((byte)'"');
                sink.Write(Ingestion.Columns.TimeText.Format(v));
                sink.Write((byte)'"');
                break;
            case TextColumn c when c[row] is { } v:
                JsonText.WriteString(sink, v);
                break;
            default:
                sink.Write("null"u8);
                break;
        }
    }
}
