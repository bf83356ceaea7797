using Nalytiq.Localization;

namespace Nalytiq;

/// <summary>
/// The root of every error Nalytiq raises on purpose. The message is a localizable text, so a notebook can show it
/// in the analyst's language; <see cref="Exception.Message"/> holds the English form.
/// </summary>
public class NalytiqException : Exception
{
    /// <summary>Creates an exception whose message is the given localizable text.</summary>
    public NalytiqException(LocalizedText text, Exception? innerException = null)
        : base(text.ToString(Localizer.English), innerException)
    {
        Text = text;
    }

    /// <summary>Creates an exception with a plain English message (prefer the localizable constructor).</summary>
    public NalytiqException()
        : this(new LocalizedText("Error_Unexpected"))
    {
    }

    /// <summary>Creates an exception with a plain English message (prefer the localizable constructor).</summary>
    public NalytiqException(string message)
        : this(message, null)
    {
    }

    /// <summary>Creates an exception with a plain English message (prefer the localizable constructor).</summary>
    public NalytiqException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Text = LocalizedText.Verbatim(message);
    }

    /// <summary>The message as a localizable text.</summary>
    public LocalizedText Text { get; }

    /// <summary>The message in the language of <paramref name="localizer"/>.</summary>
    public string Localize(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        return Text.ToString(localizer);
    }
}
