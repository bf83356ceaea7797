namespace Nalytiq.Ingestion;

/// <summary>The file formats <c>#!upload</c> reads and <c>#!export</c> writes.</summary>
public enum DataFormat
{
    /// <summary>Chosen from the file extension.</summary>
    Auto,

    /// <summary>Delimited text; the delimiter is sniffed unless given.</summary>
    Csv,

    /// <summary>Tab-separated text.</summary>
    Tsv,

    /// <summary>A JSON array of objects; nested objects become dotted column names.</summary>
    Json,

    /// <summary>Newline-delimited JSON: one object a line.</summary>
    NdJson,

    /// <summary>An Excel workbook (.xlsx).</summary>
    Xlsx,

    /// <summary>An Apache Parquet file.</summary>
    Parquet,

    /// <summary>A self-contained HTML report: written by <c>#!export</c> (profiles and runs), never read.</summary>
    Html,
}
