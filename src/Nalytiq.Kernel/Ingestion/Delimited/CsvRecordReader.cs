using System.Runtime.CompilerServices;
using System.Text;
using Nalytiq.Localization;
using Sylvan.Data.Csv;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Walks the records of a delimited file with Sylvan: skips the preamble, the header, blank lines and (when asked)
/// comment lines, tracks the line each record starts on (quoted fields may span lines), and turns parse errors into
/// messages naming line and column.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvDataReader _csv;
    private readonly string _path;
    private readonly LiteralQuoteReader? _literal;
    private bool _headerPending;
    private long _nextLine = 1;

    public CsvRecordReader(TextReader reader, CsvDialect dialect, bool skipHeader, string path)
    {
        for (var i = 0; i < dialect.SkipLines && reader.ReadLine() is not null; i++)
        {
            _nextLine++;
        }

        if (dialect.Lenient)
        {
            reader = _literal = new LiteralQuoteReader(reader, dialect.Delimiter, dialect.Comment, _nextLine);
        }

        // Sylvan reads ahead on creation, so what the comment handler uses must be set first.
        _headerPending = skipHeader;
        _path = path;
        Comments = dialect.Comment is null ? null : new LineSample();
        var options = CsvSampler.Options(dialect);
        options.CommentHandler = new Action<CsvDataReader, string>(OnComment);
        _csv = CsvDataReader.Create(reader, options);
    }

    /// <summary>The 1-based line of the file on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _csv.RowFieldCount;

    /// <summary>The comment lines skipped, when a comment character was given.</summary>
    public LineSample? Comments { get; }

    /// <summary>The lines where a field was read literally (the lenient pass only).</summary>
    public LineSample? LiteralQuotes => _literal?.Repairs;

    public ReadOnlySpan<char> Field(int ordinal) => _csv.GetFieldSpan(ordinal);

    public static TextReader OpenText(Stream stream, Encoding encoding) =>
        new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        while (true)
        {
            try
            {
                if (!_csv.Read())
                {
                    return false;
                }
            }
            catch (CsvRecordTooLargeException e)
            {
                throw Unbalanced(e.FieldOrdinal + 1, e);
            }
            catch (CsvInvalidCharacterException e) when (e.Message.Contains("after a closing quote", StringComparison.OrdinalIgnoreCase))
            {
                throw Malformed(e);
            }
            catch (CsvInvalidCharacterException e) when (e.InvalidCharacter == '"' || e.Message.Contains("quote", StringComparison.OrdinalIgnoreCase))
            {
                throw Unbalanced(e.FieldOrdinal + 1, e);
            }
            catch (CsvFormatException e)
            {
                throw Malformed(e);
            }

            Line = _nextLine;
            var lines = LinesIn(_csv.GetRawRecordSpan());
            if (lines > LiteralQuoteReader.MaxQuotedLines)
            {
                // A quote that opened a field and closed a thousand lines later most likely never meant to quote.
                throw Unbalanced(FirstMultiLineField(), innerException: null);
            }

            _nextLine += lines;

            // Blank lines carry no data, not even before the header.
            if (_csv.RowFieldCount <= 1 && _csv.GetFieldSpan(0).IsEmpty)
            {
                continue;
            }

            if (_headerPending)
            {
                _headerPending = false;
                continue;
            }

            return true;
        }
    }

    public void Dispose()
    {
        _csv.Dispose();
        _literal?.Dispose();
    }

    private static long LinesIn(ReadOnlySpan<char> record)
    {
        var lines = record.Count('\n');
        return lines > 0 ? lines : 1;
    }

    private void OnComment(CsvDataReader reader, string comment)
    {
        if (Comments is null)
        {
            throw new IngestException(new LocalizedText("Csv_Noncharacter", _nextLine), _path, _nextLine, 1);
        }

        Comments.Add(_nextLine++);
    }

    private int FirstMultiLineField()
    {
        for (var i = 0; i < _csv.RowFieldCount; i++)
        {
            if (_csv.GetFieldSpan(i).Contains('\n'))
            {
                return i + 1;
            }
        }

        return 1;
    }

    private IngestException Malformed(CsvFormatException e) =>
        new(new LocalizedText("Csv_MalformedField", _nextLine, e.FieldOrdinal + 1), _path, _nextLine, e.FieldOrdinal + 1, e);

    private IngestException Unbalanced(int column, Exception? innerException) =>
        new(new LocalizedText("Csv_UnbalancedQuote", _nextLine, column), _path, _nextLine, column, innerException);
}
