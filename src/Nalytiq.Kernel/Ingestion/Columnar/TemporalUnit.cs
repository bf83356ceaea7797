namespace Nalytiq.Ingestion.Columnar;

/// <summary>How DuckDB stores a date or timestamp: days in 32 bits, or seconds, milliseconds, microseconds or nanoseconds since 1970 in 64 bits.</summary>
internal enum TemporalUnit
{
    Days,
    Seconds,
    Milliseconds,
    Microseconds,
    Nanoseconds,
}
