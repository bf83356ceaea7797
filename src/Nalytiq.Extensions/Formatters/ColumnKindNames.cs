using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Localized names for column types, whether a column came from an upload or from notebook code.</summary>
internal static class ColumnKindNames
{
    public static string Name(ColumnKind kind, Localizer text) => text["Kind_" + kind];

    public static string Name(DataFrameColumn column, Localizer text) => ColumnKinds.Of(column) switch
    {
        { } kind => Name(kind, text),
        null => column.DataType.Name,
    };
}
