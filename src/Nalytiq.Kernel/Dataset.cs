using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq;

/// <summary>A file loaded into a typed frame, with everything needed to say where it came from.</summary>
/// <param name="Name">The dataset name, also the notebook variable bound to <paramref name="Frame"/>.</param>
/// <param name="Frame">The typed data.</param>
/// <param name="Source">The full path of the file read.</param>
/// <param name="Dialect">The detected (or given) format, encoding, delimiter and header.</param>
/// <param name="Fingerprint">A hash of the whole file content (XxHash128, hex): the same bytes always give the same fingerprint.</param>
/// <param name="SizeBytes">The file size.</param>
/// <param name="Schema">The columns with their inferred types and missing counts.</param>
/// <param name="Warnings">What was repaired or guessed while reading (ragged rows, encoding fallback, renamed columns).</param>
/// <param name="Elapsed">How long the upload took.</param>
/// <param name="LoadedAt">When the upload finished.</param>
public sealed record Dataset(
    string Name,
    DataFrame Frame,
    string Source,
    SourceDialect Dialect,
    string Fingerprint,
    long SizeBytes,
    IReadOnlyList<ColumnSchema> Schema,
    IReadOnlyList<LocalizedText> Warnings,
    TimeSpan Elapsed,
    DateTimeOffset LoadedAt)
{
    /// <summary>The format read.</summary>
    public DataFormat Format => Dialect.Format;

    /// <summary>The number of rows.</summary>
    public long RowCount => Frame.Rows.Count;

    /// <summary>The number of columns.</summary>
    public int ColumnCount => Frame.Columns.Count;

    /// <summary>The first 12 hex digits of the fingerprint, enough to tell files apart at a glance.</summary>
    public string ShortFingerprint => Fingerprint.Length > 12 ? Fingerprint[..12] : Fingerprint;

    /// <summary>Bytes read per second.</summary>
    public double BytesPerSecond => Elapsed.TotalSeconds > 0 ? SizeBytes / Elapsed.TotalSeconds : 0;
}
