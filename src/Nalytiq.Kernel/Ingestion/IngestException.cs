using Nalytiq.Localization;

namespace Nalytiq.Ingestion;

/// <summary>A file could not be read. Carries where, when it is known.</summary>
public sealed class IngestException : NalytiqException
{
    /// <summary>Creates the exception.</summary>
    public IngestException(LocalizedText text, string? path = null, long? row = null, int? column = null, Exception? innerException = null)
        : base(text, innerException)
    {
        Path = path;
        Row = row;
        Column = column;
    }

    /// <summary>Creates the exception with an English message.</summary>
    public IngestException()
    {
    }

    /// <summary>Creates the exception with an English message.</summary>
    public IngestException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an English message.</summary>
    public IngestException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file, when known.</summary>
    public string? Path { get; }

    /// <summary>The 1-based row (line) in the file, when known.</summary>
    public long? Row { get; }

    /// <summary>The 1-based column, when known.</summary>
    public int? Column { get; }
}
