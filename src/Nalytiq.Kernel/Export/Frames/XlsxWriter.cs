using System.Globalization;
using System.IO.Compression;
using Nalytiq.Localization;

namespace Nalytiq.Export.Frames;

/// <summary>
/// An Excel workbook with one sheet: a bold, frozen header row, then typed cells (numbers as numbers, booleans as
/// booleans, dates as date serials with a date format, text as inline strings). Missing values are empty cells.
/// Integers beyond ±2^53, which a spreadsheet number (a double) cannot hold exactly, are written as text, as Excel
/// does for long identifiers; Excel keeps dates to the millisecond.
/// </summary>
internal sealed partial class XlsxWriter : FrameWriter
{
    /// <summary>Excel's sheet size: 1,048,576 rows (the header is one) and 16,384 columns.</summary>
    public const long MaxRows = 1_048_575;
    public const int MaxColumns = 16_384;
    private const long ExactIntegerLimit = 1L << 53;

    public override Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken)
    {
        if (export.Rows > MaxRows || export.Columns.Length > MaxColumns)
        {
            throw new ExportException(new LocalizedText("Export_XlsxTooLarge", export.Rows, export.Columns.Length, MaxRows, MaxColumns));
        }

        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            XlsxParts.WriteFixedParts(archive, export.Sheet);
            var entry = archive.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
            using var sheet = entry.Open();
            WriteSheet(export, new Utf8Sink(sheet), cancellationToken);
        }

        return Task.CompletedTask;
    }

    private static void WriteSheet(FrameExport export, Utf8Sink sink, CancellationToken cancellationToken)
    {
        var columns = export.Columns;
        var letters = Enumerable.Range(0, columns.Length).Select(XlsxParts.ColumnName).ToArray();
        var styles = columns.Select(c => c switch
        {
            ValueColumn<DateTime> d => DateStyleOf(CellText.PrecisionOf(d)),
            ValueColumn<TimeSpan> t => HasMilliseconds(t) ? XlsxParts.TimeMillisecondsStyle : XlsxParts.TimeStyle,
            _ => 0,
        }).ToArray();
        sink.Write(XlsxParts.SheetStart.AsSpan());
        sink.Write("<row r=\"1\">"u8);
        for (var c = 0; c < columns.Length; c++)
        {
            StartCell(sink, letters[c], 1);
            sink.Write(" s=\"4\""u8);
            WriteInlineString(sink, columns[c].Name);
        }

        sink.Write("</row>"u8);
        var every = export.CheckpointRows;
        for (long row = 0; row < export.Rows; row++)
        {
            if (row % every == 0)
            {
                export.Checkpoint(row, cancellationToken);
            }

            var number = row + 2;
            sink.Write("<row r=\""u8);
            sink.Write(number, default, CultureInfo.InvariantCulture);
            sink.Write("\">"u8);
            for (var c = 0; c < columns.Length; c++)
            {
                WriteCell(sink, columns[c], row, letters[c], number, styles[c]);
            }

            sink.Write("</row>"u8);
            sink.FlushIfFull();
        }

        sink.Write(XlsxParts.SheetEnd.AsSpan());
        sink.Flush();
        export.Checkpoint(export.Rows, cancellationToken);
    }

    private static bool HasMilliseconds(ValueColumn<TimeSpan> column)
    {
        for (long row = 0; row < column.Length; row++)
        {
            if (column.TryGet(row, out var value) && value.Ticks % TimeSpan.TicksPerSecond != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int DateStyleOf(DatePrecision precision) => precision switch
    {
        DatePrecision.Date => XlsxParts.DateStyle,
        DatePrecision.Seconds => XlsxParts.DateTimeStyle,
        _ => XlsxParts.DateTimeMillisecondsStyle,
    };

    private static void WriteCell(Utf8Sink sink, ExportColumn column, long row, byte[] letters, long number, int style)
    {
        switch (column)
        {
            case ValueColumn<int> c when c.TryGet(row, out var v):
                StartCell(sink, letters, number);
                WriteNumber(sink, v);
                break;
            case ValueColumn<long> c when c.TryGet(row, out var v):
                StartCell(sink, letters, number);
                if (v is > -ExactIntegerLimit and < ExactIntegerLimit)
                {
                    WriteNumber(sink, v);
                }
                else
                {
                    WriteInlineString(sink, v.ToString(CultureInfo.InvariantCulture));
                }

                break;
            case ValueColumn<double> c when c.TryGet(row, out var v) && !double.IsNaN(v):
                StartCell(sink, letters, number);
                if (double.IsFinite(v))
                {
                    WriteNumber(sink, v);
                }
                else
                {
                    WriteInlineString(sink, v > 0 ? "Infinity" : "-Infinity");
                }

                break;
            case ValueColumn<bool> c when c.TryGet(row, out var v):
                StartCell(sink, letters, number);
                sink.Write(v ? " t=\"b\"><v>1</v></c>"u8 : " t=\"b\"><v>0</v></c>"u8);
                break;
            case ValueColumn<DateTime> c when c.TryGet(row, out var v):
                StartCell(sink, letters, number);
                sink.Write(" s=\""u8);
                sink.Write(style, default, CultureInfo.InvariantCulture);
                sink.Write((byte)'"');
                WriteNumber(sink, v.ToOADate());
                break;
            // A time is a fraction of a day under an elapsed-hours format ([h]:mm:ss), so durations past 24 h show whole.
            case ValueColumn<TimeSpan> c when c.TryGet(row, out var v):
                StartCell(sink, letters, number);
                sink.Write(" s=\""u8);
                sink.Write(style, default, CultureInfo.InvariantCulture);
                sink.Write((byte)'"');
                WriteNumber(sink, v.Ticks / (double)TimeSpan.TicksPerDay);
                break;
            case TextColumn c when c[row] is { } v:
                StartCell(sink, letters, number);
                WriteInlineString(sink, v);
                break;
            default:
                break; // missing: no cell at all
        }
    }

    private static void StartCell(Utf8Sink sink, byte[] letters, long number)
    {
        sink.Write("<c r=\""u8);
        sink.Write(letters);
        sink.Write(number, default, CultureInfo.InvariantCulture);
        sink.Write((byte)'"');
    }

    private static void WriteNumber<T>(Utf8Sink sink, T value)
        where T : IUtf8SpanFormattable
    {
        sink.Write("><v>"u8);
        sink.Write(value, default, CultureInfo.InvariantCulture);
        sink.Write("</v></c>"u8);
    }
}
