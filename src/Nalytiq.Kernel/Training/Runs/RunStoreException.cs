using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>A run could not be found or recorded; the message says which and why.</summary>
public sealed class RunStoreException : NalytiqException
{
    /// <summary>Creates the exception with a localizable message.</summary>
    public RunStoreException(LocalizedText text, Exception? innerException = null)
        : base(text, innerException)
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public RunStoreException()
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public RunStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a plain English message.</summary>
    public RunStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
