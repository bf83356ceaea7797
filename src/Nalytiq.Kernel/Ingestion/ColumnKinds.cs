using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion;

/// <summary>
/// The one mapping from frame columns to <see cref="ColumnKind"/>, for columns from an upload and from notebook code
/// alike: narrower integers widen to <see cref="ColumnKind.Int32"/> or <see cref="ColumnKind.Int64"/>, every fractional
/// type is <see cref="ColumnKind.Double"/>, and characters and Arrow strings are <see cref="ColumnKind.String"/>.
/// </summary>
public static class ColumnKinds
{
    /// <summary>The kind of <paramref name="column"/>'s values; null for a type the engine does not read (e.g. <see cref="DateTimeOffset"/>).</summary>
    public static ColumnKind? Of(DataFrameColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return Type.GetTypeCode(column.DataType) switch
        {
            TypeCode.Boolean => ColumnKind.Boolean,
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 => ColumnKind.Int32,
            TypeCode.UInt32 or TypeCode.Int64 or TypeCode.UInt64 => ColumnKind.Int64,
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => ColumnKind.Double,
            TypeCode.DateTime => ColumnKind.DateTime,
            TypeCode.String or TypeCode.Char => ColumnKind.String,
            _ when column.DataType == typeof(TimeSpan) => ColumnKind.Time,
            _ => null,
        };
    }

    /// <summary>Whether values of this kind are numbers (integers or floating-point).</summary>
    public static bool IsNumeric(this ColumnKind kind) => kind is ColumnKind.Int32 or ColumnKind.Int64 or ColumnKind.Double;

    /// <summary>Whether <paramref name="column"/> holds numbers.</summary>
    public static bool IsNumeric(DataFrameColumn column) => Of(column) is { } kind && kind.IsNumeric();
}
