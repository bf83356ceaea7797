using System.Globalization;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>Remembers rows whose field count differs from the header, to warn once with the first few lines.</summary>
internal sealed class RaggedRows(int expectedFields, bool strict, string path)
{
    private const int LinesShown = 5;
    private readonly List<long> _firstLines = [];

    public long Count { get; private set; }

    public void Add(long line, int fields)
    {
        if (strict)
        {
            throw new IngestException(new LocalizedText("Csv_RaggedRowStrict", line, fields, expectedFields), path, line);
        }

        Count++;
        if (_firstLines.Count < LinesShown)
        {
            _firstLines.Add(line);
        }
    }

    public LocalizedText? Warning() => Count == 0
        ? null
        : new LocalizedText(
            "Csv_RaggedRows",
            Count,
            expectedFields,
            string.Join(", ", _firstLines.Select(l => l.ToString(CultureInfo.InvariantCulture))) + (Count > _firstLines.Count ? ", …" : string.Empty));
}
