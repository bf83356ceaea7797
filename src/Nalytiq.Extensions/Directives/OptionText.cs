using System.Globalization;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Reads the text options of a magic command, with a localized message for each bad value.</summary>
internal static class OptionText
{
    /// <summary>The trimmed value, or null when it is missing or blank.</summary>
    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The value in lower case if it is one of <paramref name="choices"/>; null when it is blank.</summary>
    /// <exception cref="NalytiqException">The value is not one of the choices.</exception>
    public static string? Choice(string? value, string option, IReadOnlyList<string> choices)
    {
        if (Blank(value) is not { } given)
        {
            return null;
        }

        var choice = given.ToLowerInvariant();
        return choices.Contains(choice)
            ? choice
            : throw new NalytiqException(new LocalizedText("Option_InvalidChoice", option, given, string.Join(", ", choices)));
    }

    /// <summary>The comma-separated items of the value, trimmed; empty when it is blank.</summary>
    public static string[] List(string? value) =>
        Blank(value)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>A finite number, read with the invariant culture.</summary>
    public static double Number(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new NalytiqException(new LocalizedText("Train_NotANumber", option, text));

    /// <summary>A whole number, read with the invariant culture.</summary>
    public static int Whole(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new NalytiqException(new LocalizedText("Train_NotAWholeNumber", option, text));
}
