using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Remembers rows whose field count differs from the header, to warn once with the first few lines. Short rows are
/// padded with missing values; the extra values of long rows are kept for extra columns (<see cref="ExtraColumns"/>).
/// </summary>
internal sealed class RaggedRows(int expectedFields, bool strict, string path)
{
    private readonly LineSample _short = new();
    private readonly LineSample _long = new();
    private readonly List<(long Row, string[] Values)> _extra = [];

    public long Count => _short.Count + _long.Count;

    public int ExpectedFields => expectedFields;

    /// <summary>The most fields any long row had.</summary>
    public int MaxFields { get; private set; }

    /// <summary>The values past the header's width, by 0-based data row.</summary>
    public IReadOnlyList<(long Row, string[] Values)> Extra => _extra;

    public void AddShort(long line, int fields)
    {
        ThrowIfStrict(line, fields);
        _short.Add(line);
    }

    public void AddLong(long line, long row, CsvRecordReader records)
    {
        var fields = records.FieldCount;
        ThrowIfStrict(line, fields);
        _long.Add(line);
        var values = new string[fields - expectedFields];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = records.Field(expectedFields + i).ToString();
        }

        _extra.Add((row, values));
        MaxFields = Math.Max(MaxFields, fields);
    }

    public IEnumerable<LocalizedText> Warnings()
    {
        if (_short.Count > 0)
        {
            yield return new LocalizedText("Csv_RaggedRows", _short.Count, expectedFields, _short.ToString());
        }

        if (_long.Count > 0)
        {
            yield return new LocalizedText("Csv_LongRows", _long.Count, expectedFields, MaxFields - expectedFields, _long.ToString());
        }
    }

    private void ThrowIfStrict(long line, int fields)
    {
        if (strict)
        {
            throw new IngestException(new LocalizedText("Csv_RaggedRowStrict", line, fields, expectedFields), path, line);
        }
    }
}
