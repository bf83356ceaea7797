using System.Runtime.CompilerServices;
using System.Text;
using Nalytiq.Localization;
using Sylvan.Data.Csv;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Walks the records of a delimited file with Sylvan: skips the header and blank lines, tracks the line each record
/// starts on (quoted fields may span lines), and turns parse errors into messages naming line and column.
/// </summary>
internal sealed class CsvRecordReader : IDisposable
{
    private readonly CsvDataReader _csv;
    private readonly string _path;
    private bool _headerPending;
    private long _nextLine = 1;

    public CsvRecordReader(TextReader reader, char delimiter, bool skipHeader, string path)
    {
        _csv = CsvDataReader.Create(reader, CsvSampler.Options(delimiter));
        _headerPending = skipHeader;
        _path = path;
    }

    /// <summary>The 1-based line of the file on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>The number of fields in the current record.</summary>
    public int FieldCount => _csv.RowFieldCount;

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
                throw Unbalanced(e);
            }
            catch (CsvInvalidCharacterException e) when (e.InvalidCharacter == '"' || e.Message.Contains("quote", StringComparison.OrdinalIgnoreCase))
            {
                throw Unbalanced(e);
            }
            catch (CsvFormatException e)
            {
                throw new IngestException(new LocalizedText("Csv_MalformedField", _nextLine, e.FieldOrdinal + 1), _path, _nextLine, e.FieldOrdinal + 1, e);
            }

            Line = _nextLine;
            _nextLine += LinesIn(_csv.GetRawRecordSpan());

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

    public void Dispose() => _csv.Dispose();

    private static long LinesIn(ReadOnlySpan<char> record)
    {
        var lines = record.Count('\n');
        return lines > 0 ? lines : 1;
    }

    private IngestException Unbalanced(CsvFormatException e) =>
        new(new LocalizedText("Csv_UnbalancedQuote", _nextLine, e.FieldOrdinal + 1), _path, _nextLine, e.FieldOrdinal + 1, e);
}
