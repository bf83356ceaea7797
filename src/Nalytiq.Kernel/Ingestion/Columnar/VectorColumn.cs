using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>One result column of DuckDB's <c>read_parquet</c>, filled vector by vector and built into a frame column.</summary>
internal abstract class VectorColumn(string sourceName, int index)
{
    /// <summary>The column name as DuckDB reads it from the file.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>The 0-based position in the file's columns.</summary>
    public int Index { get; } = index;

    public int Count { get; protected set; }

    public long MissingCount { get; protected set; }

    /// <summary>The kind of the frame column, once <see cref="Build"/> has decided it.</summary>
    public abstract ColumnKind Kind { get; }

    /// <summary>Whether a value did not fit the typed column, so the column must be read again as DuckDB's text.</summary>
    public virtual bool NeedsTextPass => false;

    /// <summary>Appends the <paramref name="rows"/> rows of a DuckDB vector.</summary>
    public abstract void Append(IntPtr vector, int rows);

    public abstract DataFrameColumn Build(string name, ParquetRepairs repairs);
}
