using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

/// <summary>
/// Answers from the profile alone, in the session language, with no model: the prebuilt prompts and the questions
/// <see cref="OfflineQuestions"/> recognises. Every figure is the profile's own, so these answers are exact.
/// </summary>
internal static partial class OfflineAssistant
{
    /// <summary>The answer in Markdown, and whether the question was understood.</summary>
    public static (string Markdown, bool Understood) Answer(string question, AskPrompt? prompt, IReadOnlyList<ProfiledFrame> frames, Localizer text)
    {
        if (frames.Count == 0)
        {
            return (text["Ask_Offline_NoData"], false);
        }

        var markdown = new StringBuilder();
        if (prompt is { } p)
        {
            foreach (var frame in frames)
            {
                Prompt(markdown, p, frame, text);
            }

            return (markdown.ToString().TrimEnd(), true);
        }

        var (intent, named, column) = OfflineQuestions.Recognise(question, frames);
        if (intent == OfflineIntent.Unknown)
        {
            return (text["Ask_Offline_Unknown"], false);
        }

        foreach (var frame in named is null ? frames : [named])
        {
            switch (intent)
            {
                case OfflineIntent.Missing when column is not null:
                    Describe(markdown, frame, column, text);
                    break;
                case OfflineIntent.Missing:
                    Missing(markdown, frame, text);
                    break;
                case OfflineIntent.Correlations:
                    Correlations(markdown, frame, text);
                    break;
                case OfflineIntent.Rows:
                    Rows(markdown, frame, text);
                    break;
                case OfflineIntent.TopValues:
                    TopValues(markdown, frame, column, text);
                    break;
                case OfflineIntent.Alerts:
                    Alerts(markdown, frame, text);
                    break;
                default:
                    Describe(markdown, frame, column!, text);
                    break;
            }
        }

        return (markdown.ToString().TrimEnd(), true);
    }

    private static void Prompt(StringBuilder markdown, AskPrompt prompt, ProfiledFrame frame, Localizer text)
    {
        markdown.AppendLine(text.Format("Ask_Offline_Heading", frame.Name)).AppendLine();
        switch (prompt)
        {
            case AskPrompt.Summary:
                Rows(markdown, frame, text);
                Kinds(markdown, frame.Profile, text);
                Missing(markdown, frame, text);
                Correlations(markdown, frame, text, 3);
                Alerts(markdown, frame, text, 5);
                break;
            case AskPrompt.Quality:
                Missing(markdown, frame, text);
                Line(markdown, text.Format("Ask_Offline_Duplicates", text.Number(frame.Profile.Overview.DuplicateRows), text.Percent(frame.Profile.Overview.DuplicateRowsShare)));
                Alerts(markdown, frame, text);
                break;
            case AskPrompt.Drivers:
                Correlations(markdown, frame, text);
                Line(markdown, text["Ask_Offline_DriversNote"]);
                break;
            default:
                NextSteps(markdown, frame, text);
                break;
        }
    }

    private static void Line(StringBuilder markdown, string line) => markdown.AppendLine(line).AppendLine();

    private static void Rows(StringBuilder markdown, ProfiledFrame frame, Localizer text) =>
        Line(markdown, text.Format("Ask_Offline_Rows", frame.Name, text.Number(frame.Profile.Overview.Rows), text.Number(frame.Profile.Overview.Columns)));

    private static void Kinds(StringBuilder markdown, DataProfile profile, Localizer text) =>
        Line(markdown, text.Format("Ask_Offline_Kinds", string.Join(", ", profile.Overview.TypeCounts.Select(k => $"{text.Number(k.Count)} {text["Kind_" + k.Kind]}"))));

    private static void Missing(StringBuilder markdown, ProfiledFrame frame, Localizer text)
    {
        var overview = frame.Profile.Overview;
        if (overview.MissingCells == 0)
        {
            Line(markdown, text.Format("Ask_Offline_MissingNone", frame.Name));
            return;
        }

        markdown.AppendLine(text.Format("Ask_Offline_MissingTotal", frame.Name, text.Number(overview.MissingCells), text.Percent(overview.MissingCellsShare)));
        foreach (var column in frame.Profile.Columns.Where(c => c.Missing > 0).OrderByDescending(c => c.Missing).Take(10))
        {
            markdown.AppendLine(text.Format("Ask_Offline_MissingColumn", column.Name, text.Number(column.Missing), text.Percent(column.MissingShare)));
        }

        markdown.AppendLine();
    }

    private static void Correlations(StringBuilder markdown, ProfiledFrame frame, Localizer text, int top = 5)
    {
        var pairs = frame.Profile.Correlations.TopPairs.Where(p => p.Pearson is not null).Take(top).ToList();
        if (pairs.Count == 0)
        {
            Line(markdown, text.Format("Ask_Offline_CorrelationsNone", frame.Name));
            return;
        }

        markdown.AppendLine(text.Format("Ask_Offline_CorrelationsTitle", frame.Name));
        foreach (var pair in pairs)
        {
            markdown.AppendLine(text.Format("Ask_Offline_CorrelationPair", pair.First, pair.Second, Coefficient(pair.Pearson, text), Coefficient(pair.Spearman, text), text.Number(pair.Observations)));
        }

        markdown.AppendLine();
    }

    private static string Coefficient(double? value, Localizer text) => value is { } v ? text.Number(v, 2) : "—";
}
