using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Ingestion.Delimited;

internal static partial class CsvIngestor
{
    private const int CancellationEveryRows = 1 << 12;

    /// <summary>
    /// Reads again, as text, the columns that widened past what typed values can be converted back from, so they hold
    /// exactly the text of the file.
    /// </summary>
    private static void ReadTextColumns(string path, CsvLayout layout, ColumnBuilder[] builders, CancellationToken cancellationToken)
    {
        var targets = Enumerable.Range(0, builders.Length).Where(c => builders[c].NeedsTextPass).ToArray();
        var textBuilders = targets.Select(c => (ColumnBuilder)new StringColumnBuilder(builders[c].Count)).ToArray();
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        SkipPreamble(file, layout.PreambleLength);
        using var text = CsvRecordReader.OpenText(file, layout.Encoding);
        using var records = new CsvRecordReader(text, layout.Dialect, layout.HasHeader, path);
        long rows = 0;
        while (records.Read())
        {
            for (var t = 0; t < targets.Length; t++)
            {
                if (targets[t] < records.FieldCount)
                {
                    ColumnBuilder.Append(ref textBuilders[t], records.Field(targets[t]));
                }
                else
                {
                    textBuilders[t].AppendMissing();
                }
            }

            if (++rows % CancellationEveryRows == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        for (var t = 0; t < targets.Length; t++)
        {
            builders[targets[t]] = textBuilders[t];
        }
    }
}
