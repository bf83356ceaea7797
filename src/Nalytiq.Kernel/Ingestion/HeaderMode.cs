namespace Nalytiq.Ingestion;

/// <summary>Whether the first row of a delimited file or sheet holds column names.</summary>
public enum HeaderMode
{
    /// <summary>Detected from the content.</summary>
    Auto,

    /// <summary>The first row is the header.</summary>
    Yes,

    /// <summary>There is no header: columns are named <c>Column1</c>, <c>Column2</c>, ….</summary>
    No,
}
