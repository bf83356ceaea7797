using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Collects what had to change for a value to fit a frame column; with <c>--strict</c> the first one is an error.</summary>
internal sealed class ParquetRepairs(string path, bool strict)
{
    public List<LocalizedText> Warnings { get; } = [];

    /// <summary>Warns "column, how many, first rows" (or throws under strict) when <paramref name="rows"/> holds any.</summary>
    public void Report(string key, string column, int index, FirstRows rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        if (strict)
        {
            throw new IngestException(new LocalizedText("Parquet_StrictInexact", path, column, rows.First), path, rows.First, index + 1);
        }

        Warnings.Add(new LocalizedText(key, column, rows.Count, rows.ToString()));
    }
}
