using System.Collections;
using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.RegularExpressions;

namespace Nalytiq.Extensions.Tests.Formatters;

/// <summary>
/// The English UI texts that must never show in a French or Kinyarwanda output: every resource string (or the
/// literal run between its placeholders) whose English differs from that language's translation.
/// </summary>
internal static partial class EnglishLabels
{
    private static readonly ResourceManager Resources = new("Nalytiq.Resources.Strings", typeof(Workbench).Assembly);

    /// <summary>The English labels found in <paramref name="output"/> (HTML or plain text) written in <paramref name="language"/>.</summary>
    public static IReadOnlyList<string> FoundIn(string output, string language)
    {
        var text = VisibleText(output);
        return [.. For(language).Where(label => Regex.IsMatch(text, @"(?<![\p{L}\p{N}])" + Regex.Escape(label) + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant))];
    }

    private static HashSet<string> For(string language)
    {
        var english = Read(CultureInfo.InvariantCulture);
        var translated = Read(CultureInfo.GetCultureInfo(language));
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in english)
        {
            if (!translated.TryGetValue(key, out var other) || other == value)
            {
                continue;
            }

            var otherParts = new HashSet<string>(Parts(other), StringComparer.Ordinal);
            foreach (var part in Parts(value).Where(p => !otherParts.Contains(p)))
            {
                labels.Add(part);
            }
        }

        return labels;
    }

    /// <summary>
    /// The literal runs of a resource string long enough to be recognisably English (names and units aside). Single
    /// lowercase words (week, sheet, trial) double as option names, choices and sample data; labels and sentences start
    /// with a capital or have several words. Acronyms (RMSE, AUC) are the same in every language.
    /// </summary>
    private static IEnumerable<string> Parts(string value) =>
        Placeholder().Split(value)
            .Select(part => part.Trim(' ', ':', ',', '.', '(', ')', '·', '—', '-', '/', '%', '…', '\'', '"'))
            .Where(part => part.Count(char.IsLetter) >= 4
                && (char.IsUpper(part[0]) || part.Contains(' ', StringComparison.Ordinal))
                && !part.All(c => !char.IsLetter(c) || char.IsUpper(c)));

    private static string VisibleText(string output)
    {
        var withoutCode = Regex.Replace(output, @"<(style|script)[^>]*>.*?</\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);

        // translate="no" marks what is not ours to translate: the analyst's question, the prompt sent to a model.
        withoutCode = Regex.Replace(withoutCode, @"<(\w+)[^>]*\btranslate=""no""[^>]*>.*?</\1>", " ", RegexOptions.Singleline | RegexOptions.IgnoreCase);
        return WebUtility.HtmlDecode(Regex.Replace(withoutCode, "<[^>]+>", " "));
    }

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => e.Value as string ?? string.Empty);

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
