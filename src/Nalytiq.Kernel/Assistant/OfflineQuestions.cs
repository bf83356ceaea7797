using System.Globalization;
using System.Text;

namespace Nalytiq.Assistant;

/// <summary>Recognises the questions offline mode can answer, by keywords in English, French and Kinyarwanda.</summary>
internal static class OfflineQuestions
{
    private static readonly (OfflineIntent Intent, string[] Words)[] Keywords =
    [
        (OfflineIntent.Missing, ["missing", "null", "empty", "blank", "manquant", "manque", "vide", "ibura", "ibibura", "ubusa"]),
        (OfflineIntent.Correlations, ["correlat", "correlé", "relation", "related", "lien", "isano", "bifitanye", "bijyana"]),
        (OfflineIntent.TopValues, ["top", "most common", "frequent", "popular", "courant", "frequen", "bikunze", "byiganje", "kenshi"]),
        (OfflineIntent.Rows, ["how many rows", "row count", "number of rows", "rows", "lignes", "imirongo", "records", "enregistrements"]),
        (OfflineIntent.Alerts, ["alert", "problem", "issue", "warning", "wrong", "alerte", "probleme", "souci", "ibibazo", "imiburo", "ikibazo"]),
        (OfflineIntent.DescribeColumn, ["describe", "summar", "tell me about", "decri", "resume", "parle", "sobanura", "vuga"]),
    ];

    /// <summary>The intent and, when the question names one, the column (dataset, column).</summary>
    public static (OfflineIntent Intent, ProfiledFrame? Frame, string? Column) Recognise(string question, IReadOnlyList<ProfiledFrame> frames)
    {
        var plain = Fold(question);
        (ProfiledFrame Frame, string Column)? named = frames
            .SelectMany(f => f.Profile.Columns.Select(c => (Frame: f, Column: c.Name)))
            .OrderByDescending(p => p.Column.Length)
            .Where(p => DataContextBuilder.Mentions(plain, Fold(p.Column)))
            .Select(p => ((ProfiledFrame, string)?)p)
            .FirstOrDefault();
        var intent = Keywords.FirstOrDefault(k => k.Words.Any(w => plain.Contains(Fold(w), StringComparison.Ordinal))).Intent;
        if (named is { } column)
        {
            return (intent is OfflineIntent.TopValues or OfflineIntent.Missing ? intent : OfflineIntent.DescribeColumn, column.Frame, column.Column);
        }

        return (intent == OfflineIntent.DescribeColumn ? OfflineIntent.Unknown : intent, null, null);
    }

    /// <summary>Lower case without accents, so "corrélation" and "correlation" meet.</summary>
    private static string Fold(string text)
    {
        var decomposed = text.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString();
    }
}
