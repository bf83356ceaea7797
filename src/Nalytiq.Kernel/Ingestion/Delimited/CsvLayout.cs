using System.Text;
using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>What sniffing decided about a delimited file before the full pass.</summary>
internal sealed record CsvLayout(
    Encoding Encoding,
    int PreambleLength,
    CsvDialect Dialect,
    bool HasHeader,
    string[] Names,
    string?[] SourceNames,
    ColumnKind[] Kinds,
    DateStyle[] DateStyles,
    bool[] DecimalCommas,
    int EstimatedRows)
{
    public char Delimiter => Dialect.Delimiter;
}
