using System.Globalization;
using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Assistant;

/// <summary>
/// Describes frames for the model from their profiles and schemas, never from their first rows. What each privacy
/// level adds: names; types; profile figures; sample and frequent values (masked when they look like e-mails or phones).
/// Figures are written with the invariant culture: this text is for the model, not for the analyst.
/// </summary>
internal static partial class DataContextBuilder
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static IReadOnlyList<ContextDataset> Build(IReadOnlyList<ProfiledFrame> frames, PrivacyLevel privacy, string question)
    {
        var result = new List<ContextDataset>(frames.Count);
        foreach (var frame in frames)
        {
            var profile = frame.Profile;
            var alerted = profile.Alerts.SelectMany(a => a.Columns).ToHashSet(StringComparer.Ordinal);
            var columns = profile.Columns.Select((column, order) => new ContextColumn(
                    column.Name,
                    column.Kind,
                    privacy >= PrivacyLevel.Stats ? Figures(column) : null,
                    privacy == PrivacyLevel.Samples ? Samples(frame, column) : null,
                    Mentions(question, column.Name) ? 0 : alerted.Contains(column.Name) ? 1 : 2,
                    order))
                .OrderBy(c => c.Relevance).ThenBy(c => c.Order).ToList();
            result.Add(new ContextDataset(
                frame.Name,
                privacy >= PrivacyLevel.Stats ? Overview(profile.Overview) : null,
                columns,
                privacy >= PrivacyLevel.Stats ? Correlations(profile.Correlations) : null,
                privacy >= PrivacyLevel.Stats ? Alerts(profile.Alerts) : null));
        }

        return result;
    }

    /// <summary>Whether the question names the column (case-insensitive; underscores may be written as spaces).</summary>
    internal static bool Mentions(string question, string column) =>
        question.Contains(column, StringComparison.OrdinalIgnoreCase)
        || (column.Contains('_', StringComparison.Ordinal) && question.Contains(column.Replace('_', ' '), StringComparison.OrdinalIgnoreCase));

    private static string Overview(ProfileOverview o) => string.Create(Invariant,
        $"{o.Rows} rows, {o.Columns} columns; missing cells {o.MissingCells} ({Pct(o.MissingCellsShare)}); duplicate rows {o.DuplicateRows} ({Pct(o.DuplicateRowsShare)})");

    private static string Figures(ColumnProfile c)
    {
        var text = new StringBuilder();
        text.Append(Invariant, $"missing {c.Missing} ({Pct(c.MissingShare)}); distinct {(c.IsDistinctEstimate ? "~" : string.Empty)}{c.Distinct}");
        if (c.Numeric is { } n)
        {
            text.Append(Invariant, $"; min {G(n.Min)}; p25 {G(n.P25)}; median {G(n.P50)}; mean {G(n.Mean)}; p75 {G(n.P75)}; max {G(n.Max)}; sd {G(n.StandardDeviation)}");
            text.Append(Invariant, $"; zeros {n.Zeros}; negatives {n.Negatives}");
            if (n.Skewness is { } skew)
            {
                text.Append(Invariant, $"; skewness {G(Math.Round(skew, 2) + 0.0)}");
            }
        }
        else if (c.Text is { } t)
        {
            text.Append(Invariant, $"; length {t.MinLength}-{t.MaxLength} (mean {G(t.MeanLength)})");
        }
        else if (c.Date is { } d)
        {
            text.Append(Invariant, $"; from {d.Min:yyyy-MM-dd HH:mm} to {d.Max:yyyy-MM-dd HH:mm}; spacing {d.Granularity}");
        }
        else if (c.Boolean is { } b)
        {
            text.Append(Invariant, $"; true {b.TrueCount} ({Pct(b.TrueShare)}); false {b.FalseCount}");
        }

        return text.ToString();
    }

    private static string? Correlations(CorrelationSummary correlations)
    {
        var pairs = correlations.TopPairs.Where(p => p.Pearson is not null || p.Spearman is not null).Take(8).ToList();
        return pairs.Count == 0 ? null : string.Join("; ", pairs.Select(p => string.Create(Invariant,
            $"{p.First}~{p.Second} pearson {G(p.Pearson)} spearman {G(p.Spearman)} (n={p.Observations})")));
    }

    private static string? Alerts(IReadOnlyList<ProfileAlert> alerts) => alerts.Count == 0 ? null : string.Join("; ", alerts.Take(20).Select(a =>
        string.Create(Invariant, $"{a.Type}{(a.Columns.Count > 0 ? " " + string.Join("~", a.Columns) : string.Empty)} {G(a.Figure)}")));

    internal static string G(double? value) => value is not { } v ? "n/a"
        : Math.Abs(v) >= 1e6 || (Math.Abs(v) < 1e-3 && v != 0) ? v.ToString("0.###E+0", Invariant)
        : v.ToString("0.####", Invariant);

    /// <summary>A share as a percentage without the invariant culture's space before the sign: <c>5.0%</c>.</summary>
    internal static string Pct(double share) => (share * 100).ToString("0.0", Invariant) + "%";

    internal static string KindName(ColumnKind kind) => kind switch
    {
        ColumnKind.Boolean => "boolean",
        ColumnKind.Int32 or ColumnKind.Int64 => "integer",
        ColumnKind.Double => "number",
        ColumnKind.DateTime => "date",
        ColumnKind.Time => "time (figures in seconds)",
        _ => "text",
    };
}
