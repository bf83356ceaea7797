using Nalytiq.Localization;

namespace Nalytiq.Analysis;

/// <summary>A profile cannot be computed as asked, for example because the grouping column does not exist.</summary>
internal sealed class ProfileException : NalytiqException
{
    /// <summary>Creates the exception with a localized message and the option or column at fault.</summary>
    public ProfileException(LocalizedText text, string? column = null, Exception? innerException = null)
        : base(text, innerException)
    {
        Column = column;
    }

    /// <summary>Creates the exception with the generic message.</summary>
    public ProfileException()
    {
    }

    /// <summary>Creates the exception with an untranslated message.</summary>
    public ProfileException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with an untranslated message and its cause.</summary>
    public ProfileException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The column the problem is about, when there is one.</summary>
    public string? Column { get; }
}
