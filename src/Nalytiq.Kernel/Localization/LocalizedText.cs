namespace Nalytiq.Localization;

/// <summary>
/// A user-facing text kept as a resource key and its arguments, rendered late in whatever language the session uses.
/// Arguments that are numbers or dates are formatted with the target culture.
/// </summary>
/// <param name="Key">The resource key in <c>Resources/Strings.resx</c>.</param>
/// <param name="Arguments">Values for the format placeholders, in order.</param>
public sealed record LocalizedText(string Key, params IReadOnlyList<object?> Arguments)
{
    private const string VerbatimKey = "";

    /// <summary>Wraps text that is not translated (a file name, a library's own message).</summary>
    public static LocalizedText Verbatim(string text) => new(VerbatimKey, text);

    /// <summary>Renders the text in the localizer's language and culture.</summary>
    public string ToString(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        if (Key.Length == 0)
        {
            return Arguments.Count > 0 ? Convert.ToString(Arguments[0], localizer.Culture) ?? string.Empty : string.Empty;
        }

        return localizer.Format(Key, Arguments);
    }

    /// <inheritdoc />
    public override string ToString() => ToString(Localizer.English);
}
