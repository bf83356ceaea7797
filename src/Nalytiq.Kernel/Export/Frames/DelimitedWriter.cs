using System.Buffers;
using System.Globalization;

namespace Nalytiq.Export.Frames;

/// <summary>
/// CSV and TSV as RFC 4180 describes them (what our <c>#!upload</c>, pandas, DuckDB and Excel all read): UTF-8, a header row, fields quoted only when they hold the delimiter,
/// a quote, a line break or edge spaces, quotes doubled, missing values empty. Text holding any common delimiter
/// (<c>, ; | tab</c>) is quoted too, so that sniffing readers (DuckDB's, ours) cannot mistake it for one.
/// A culture-formatted file is meant for a spreadsheet in that locale and starts with a byte order mark, without
/// which Excel reads UTF-8 as the locale's code page; the invariant file has none, as DuckDB's sniffer fails on a
/// byte order mark followed by a quoted CRLF. Invariant by default; with a culture,
/// its decimal separator, its list separator (when that is not the decimal separator) and its date order.
/// </summary>
internal sealed partial class DelimitedWriter(bool tab) : FrameWriter
{
    public override Task WriteAsync(FrameExport export, Stream stream, CancellationToken cancellationToken)
    {
        var culture = export.Options.Culture;
        var numbers = CellText.NumberFormat(culture);
        var delimiter = tab ? '\t' : Delimiter(culture, numbers);
        var special = SearchValues.Create([delimiter, ',', ';', '|', '\t', '"', '\r', '\n']);
        var sink = new Utf8Sink(stream);
        if (culture is not null)
        {
            sink.Write("\uFEFF".AsSpan());
        }

        var columns = export.Columns;
        for (var c = 0; c < columns.Length; c++)
        {
            if (c > 0)
            {
                sink.Write((byte)delimiter);
            }

            WriteText(sink, columns[c].Name, special);
        }

        sink.Write((byte)'\n');
        var cells = columns.Select(column => CellFor(column, culture, numbers, special)).ToArray();
        var every = export.CheckpointRows;
        for (long row = 0; row < export.Rows; row++)
        {
            if (row % every == 0)
            {
                export.Checkpoint(row, cancellationToken);
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (c > 0)
                {
                    sink.Write((byte)delimiter);
                }

                cells[c].Write(row, sink);
            }

            sink.Write((byte)'\n');
            sink.FlushIfFull();
        }

        sink.Flush();
        export.Checkpoint(export.Rows, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>The culture's list separator (a semicolon where the decimal separator is a comma), as its Excel expects.</summary>
    private static char Delimiter(CultureInfo? culture, NumberFormatInfo numbers)
    {
        if (culture is null)
        {
            return ',';
        }

        var list = culture.TextInfo.ListSeparator.Trim();
        var separator = list.Length == 1 && list[0] is ',' or ';' or '|' ? list[0] : ',';
        return separator.ToString() == numbers.NumberDecimalSeparator ? ';' : separator;
    }

    /// <summary>Writes text, quoted when a reader would otherwise split or trim it.</summary>
    private static void WriteText(Utf8Sink sink, string value, SearchValues<char> special)
    {
        var span = value.AsSpan();
        var quote = span.ContainsAny(special) || (span.Length > 0 && (char.IsWhiteSpace(span[0]) || char.IsWhiteSpace(span[^1])));
        if (!quote)
        {
            sink.Write(span);
            return;
        }

        sink.Write((byte)'"');
        int next;
        while ((next = span.IndexOf('"')) >= 0)
        {
            sink.Write(span[..(next + 1)]);
            sink.Write((byte)'"');
            span = span[(next + 1)..];
        }

        sink.Write(span);
        sink.Write((byte)'"');
    }

    private static Cell CellFor(ExportColumn column, CultureInfo? culture, NumberFormatInfo numbers, SearchValues<char> special) => column switch
    {
        ValueColumn<int> c => new NumberCell<int>(c, numbers),
        ValueColumn<long> c => new NumberCell<long>(c, numbers),
        ValueColumn<double> c => new DoubleCell(c, numbers),
        ValueColumn<bool> c => new BooleanCell(c),
        ValueColumn<DateTime> c when culture is null => new IsoDateCell(c, CellText.PrecisionOf(c)),
        ValueColumn<DateTime> c => new CultureDateCell(c, culture, numbers.NumberDecimalSeparator),
        ValueColumn<TimeSpan> c => new TimeCell(c),
        TextColumn c => new TextCell(c, special),
        _ => throw new InvalidOperationException($"No CSV cell for {column.Kind}."),
    };
}
