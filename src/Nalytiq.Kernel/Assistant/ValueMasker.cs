using System.Text.RegularExpressions;

namespace Nalytiq.Assistant;

/// <summary>Hides e-mail- and phone-like values before they leave the machine, keeping just enough to show their shape.</summary>
internal static partial class ValueMasker
{
    private static readonly string[] SensitiveNames = ["email", "e_mail", "mail", "courriel", "phone", "tel", "mobile", "msisdn", "telephone", "terefone"];

    public static bool IsSensitiveColumn(string name, IReadOnlyCollection<string> values) =>
        SensitiveNames.Any(n => name.Contains(n, StringComparison.OrdinalIgnoreCase))
        || (values.Count > 0 && values.Count(v => Email().IsMatch(v) || Phone().IsMatch(v)) * 2 >= values.Count);

    /// <summary>The value, or its mask when the column is sensitive or the value itself looks like an e-mail or phone.</summary>
    public static string Mask(string value, bool sensitiveColumn)
    {
        if (Email().IsMatch(value))
        {
            var at = value.IndexOf('@', StringComparison.Ordinal);
            var dot = value.LastIndexOf('.');
            return value[0] + "•••@•••" + (dot > at ? value[dot..] : string.Empty);
        }

        if (Phone().IsMatch(value) || sensitiveColumn)
        {
            return value.Length <= 2 ? "••" : new string('•', Math.Min(8, value.Length - 2)) + value[^2..];
        }

        return value;
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[\d\s().-]{7,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();
}
