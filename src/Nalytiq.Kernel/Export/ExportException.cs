using Nalytiq.Localization;

namespace Nalytiq.Export;

/// <summary>An export could not be written; the target file was left as it was.</summary>
public sealed class ExportException : NalytiqException
{
    /// <summary>Creates the exception with its message and the file concerned.</summary>
    public ExportException(LocalizedText text, string? path = null, Exception? innerException = null)
        : base(text, innerException) => Path = path;

    /// <summary>Creates the exception with a message.</summary>
    public ExportException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public ExportException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    public ExportException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The target file.</summary>
    public string? Path { get; }
}
