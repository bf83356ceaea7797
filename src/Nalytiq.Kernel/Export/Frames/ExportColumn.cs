using Nalytiq.Ingestion;

namespace Nalytiq.Export.Frames;

/// <summary>
/// One frame column as the writers see it: one of the six kinds our frames hold, read by row without boxing.
/// Other column types are converted once when the export starts (see <see cref="ExportColumns"/>).
/// </summary>
internal abstract class ExportColumn(string name, ColumnKind kind, long length)
{
    public string Name { get; } = name;

    public ColumnKind Kind { get; } = kind;

    public long Length { get; } = length;

    /// <summary>Whether the cell has no value (null, or NaN in a floating-point column).</summary>
    public abstract bool IsMissing(long row);
}
