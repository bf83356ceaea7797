using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Localized names for column types, whether a column came from an upload or from notebook code.</summary>
internal static class ColumnKinds
{
    public static string Name(ColumnKind kind, Localizer text) => text["Kind_" + kind];

    public static string Name(DataFrameColumn column, Localizer text) => Of(column) switch
    {
        { } kind => Name(kind, text),
        null => column.DataType.Name,
    };

    public static ColumnKind? Of(DataFrameColumn column) => Type.GetTypeCode(column.DataType) switch
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

    public static bool IsNumeric(DataFrameColumn column) =>
        Of(column) is ColumnKind.Int32 or ColumnKind.Int64 or ColumnKind.Double;
}
