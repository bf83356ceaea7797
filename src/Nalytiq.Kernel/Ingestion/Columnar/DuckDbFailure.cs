namespace Nalytiq.Ingestion.Columnar;

/// <summary>DuckDB refused the file or the query; the ingestor turns it into a localized <see cref="IngestException"/>.</summary>
internal sealed class DuckDbFailure : Exception
{
    public DuckDbFailure()
    {
    }

    public DuckDbFailure(string message)
        : base(message)
    {
    }

    public DuckDbFailure(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
