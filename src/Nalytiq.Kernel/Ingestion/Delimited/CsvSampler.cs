using System.Text;
using Microsoft.Win32.SafeHandles;
using Nalytiq.Ingestion.Text;
using Sylvan.Data.Csv;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Takes the inference sample from chunks spread through the whole file (not just its first rows), by seeking to
/// evenly spaced offsets and resynchronising on the next line start.
/// </summary>
internal static class CsvSampler
{
    private const int Chunks = 16;

    /// <summary>Parses up to <paramref name="maxRows"/> records of <paramref name="text"/>; stops quietly at malformed input.</summary>
    public static List<string?[]> ReadRows(string text, CsvDialect dialect, int maxRows)
    {
        var rows = new List<string?[]>();
        try
        {
            TextReader reader = new StringReader(text);
            if (dialect.Lenient)
            {
                reader = new LiteralQuoteReader(reader, dialect.Delimiter, dialect.Comment, firstLine: 1);
            }

            using var csv = CsvDataReader.Create(reader, Options(dialect));
            while (rows.Count < maxRows && csv.Read())
            {
                var cells = new string?[csv.RowFieldCount];
                for (var i = 0; i < cells.Length; i++)
                {
                    cells[i] = csv.GetString(i);
                }

                if (cells.Length > 1 || cells[0]?.Length > 0)
                {
                    rows.Add(cells);
                }
            }
        }
        catch (CsvFormatException)
        {
            // A chunk cut inside a quoted field or an unbalanced quote: keep what parsed; the full pass reports errors.
        }

        return rows;
    }

    /// <summary>
    /// Rows from <see cref="Chunks"/> chunks spread across the file after the head, about
    /// <paramref name="rowsWanted"/> in all, keeping only rows with <paramref name="columnCount"/> fields.
    /// </summary>
    public static List<string?[]> ReadSpread(
        SafeFileHandle file, long start, long length, Encoding encoding, CsvDialect dialect, int columnCount, int rowsWanted, double bytesPerRow, CancellationToken cancellationToken)
    {
        var rows = new List<string?[]>();
        var perChunk = Math.Max(1, rowsWanted / Chunks);
        var chunkBytes = (int)Math.Min(int.MaxValue / 4, (perChunk + 2) * Math.Max(bytesPerRow, 8) * 1.5) + 1024;
        var lenient = Lenient(encoding);
        var buffer = new byte[chunkBytes];
        for (var k = 1; k <= Chunks; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var offset = start + (length * k / (Chunks + 1));
            if (TextEncodings.IsWide(encoding))
            {
                offset &= ~1L;
            }

            var read = RandomAccess.Read(file, buffer, offset);
            var text = lenient.GetString(buffer, 0, read);

            // Line ends may be LF, CRLF or a lone CR (old Mac exports).
            var first = text.AsSpan().IndexOfAny('\r', '\n');
            var last = text.AsSpan().LastIndexOfAny('\r', '\n');
            if (first < 0 || last <= first)
            {
                continue;
            }

            var from = first + 1 + (text[first] == '\r' && text[first + 1] == '\n' ? 1 : 0);
            var chunkRows = ReadRows(text[from..(last + 1)], dialect with { Lenient = false }, perChunk);
            rows.AddRange(chunkRows.Where(r => r.Length == columnCount));
        }

        return rows;
    }

    public static CsvDataReaderOptions Options(CsvDialect dialect) => new()
    {
        HasHeaders = false,
        Delimiter = dialect.Delimiter,
        Comment = dialect.Comment ?? CsvDialect.NoComment,
        BufferSize = 1 << 16,

        // An unbalanced quote would otherwise swallow the rest of a large file into one record.
        MaxBufferSize = 1 << 24,
    };

    /// <summary>A copy of <paramref name="encoding"/> that replaces invalid bytes: samples never fail on a sequence cut at a chunk edge.</summary>
    public static Encoding Lenient(Encoding encoding)
    {
        var copy = (Encoding)encoding.Clone();
        copy.DecoderFallback = DecoderFallback.ReplacementFallback;
        return copy;
    }
}
