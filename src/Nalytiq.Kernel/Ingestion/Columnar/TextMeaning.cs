namespace Nalytiq.Ingestion.Columnar;

/// <summary>What a text column read from DuckDB stands for, which decides the frame column it becomes.</summary>
internal enum TextMeaning
{
    /// <summary>Text, or DuckDB's exact text of a type with no frame column (UUID, interval, enum…).</summary>
    Text,

    /// <summary>A decimal: a double column when every value survives the round trip, otherwise text.</summary>
    Decimal,

    /// <summary>UBIGINT or HUGEINT: a long column when every value fits, otherwise text.</summary>
    WideInteger,

    /// <summary>Binary values shown as hexadecimal.</summary>
    Binary,

    /// <summary>Lists, maps and structs shown as JSON.</summary>
    Nested,
}
