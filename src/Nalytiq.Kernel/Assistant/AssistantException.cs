using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>A question cannot be asked as given (unknown frame, missing key for an explicit provider, ...).</summary>
internal sealed class AssistantException : NalytiqException
{
    /// <summary>Creates the exception with a localized message.</summary>
    public AssistantException(LocalizedText text, Exception? innerException = null)
        : base(text, innerException)
    {
    }

    /// <summary>Creates the exception with the generic message.</summary>
    public AssistantException()
    {
    }

    /// <summary>Creates the exception with an untranslated message.</summary>
    public AssistantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an untranslated message and its cause.</summary>
    public AssistantException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
