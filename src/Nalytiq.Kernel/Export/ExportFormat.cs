namespace Nalytiq.Export;

/// <summary>The file formats <c>#!export</c> writes.</summary>
public enum ExportFormat
{
    /// <summary>Chosen from the file extension.</summary>
    Auto,

    /// <summary>Comma-separated text (or the culture's list separator with <see cref="ExportOptions.Culture"/>).</summary>
    Csv,

    /// <summary>Tab-separated text.</summary>
    Tsv,

    /// <summary>A JSON array of objects (a frame), or the profile as a JSON document.</summary>
    Json,

    /// <summary>Newline-delimited JSON: one object a line.</summary>
    NdJson,

    /// <summary>An Excel workbook with typed cells and a header row.</summary>
    Xlsx,

    /// <summary>An Apache Parquet file with the column types preserved.</summary>
    Parquet,

    /// <summary>A self-contained HTML report (profiles only).</summary>
    Html,
}
