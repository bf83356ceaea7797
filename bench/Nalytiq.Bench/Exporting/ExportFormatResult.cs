namespace Nalytiq.Bench.Exporting;

/// <summary>One format: our export against DuckDB's <c>COPY ... TO</c>, and whether DuckDB reads ours back equal.</summary>
/// <param name="Format">csv or parquet.</param>
/// <param name="OursSeconds">Our export, every timed run.</param>
/// <param name="DuckDbSeconds">DuckDB's COPY of the same data, every timed run.</param>
/// <param name="OursMedianSeconds">The median of ours.</param>
/// <param name="DuckDbMedianSeconds">The median of DuckDB's.</param>
/// <param name="Ratio">Ours over DuckDB's (the target is at most 1.5).</param>
/// <param name="MeetsTarget">Whether the ratio is at most 1.5.</param>
/// <param name="OursBytes">Our file's size.</param>
/// <param name="DuckDbBytes">DuckDB's file's size.</param>
/// <param name="RowsDifferingFromSource">Rows of the source table missing from our file, as DuckDB reads it, plus rows of our file not in the source (0 = equal).</param>
internal sealed record ExportFormatResult(
    string Format,
    IReadOnlyList<double> OursSeconds,
    IReadOnlyList<double> DuckDbSeconds,
    double OursMedianSeconds,
    double DuckDbMedianSeconds,
    double Ratio,
    bool MeetsTarget,
    long OursBytes,
    long DuckDbBytes,
    long RowsDifferingFromSource);
