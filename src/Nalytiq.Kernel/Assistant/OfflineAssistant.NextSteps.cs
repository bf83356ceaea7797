using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

internal static partial class OfflineAssistant
{
    /// <summary>Suggestions that follow from the profile's own findings, most pressing first.</summary>
    private static void NextSteps(StringBuilder markdown, ProfiledFrame frame, Localizer text)
    {
        var profile = frame.Profile;
        var steps = new List<string>();
        foreach (var column in profile.Columns.Where(c => c.MissingShare >= 0.05).OrderByDescending(c => c.MissingShare).Take(3))
        {
            steps.Add(text.Format("Ask_Next_Missing", column.Name, text.Number(column.Missing), text.Percent(column.MissingShare)));
        }

        if (profile.Overview.DuplicateRows > 0)
        {
            steps.Add(text.Format("Ask_Next_Duplicates", text.Number(profile.Overview.DuplicateRows)));
        }

        foreach (var pair in profile.Correlations.TopPairs.Where(p => Math.Abs(p.Pearson ?? 0) >= 0.7).Take(2))
        {
            steps.Add(text.Format("Ask_Next_Correlated", pair.First, pair.Second, text.Number(pair.Pearson!.Value, 2)));
        }

        foreach (var column in profile.Columns.Where(c => Math.Abs(c.Numeric?.Skewness ?? 0) >= 2).Take(2))
        {
            steps.Add(text.Format("Ask_Next_Skewed", column.Name, text.Number(column.Numeric!.Skewness!.Value, 1)));
        }

        if (profile.Columns.FirstOrDefault(c => c.Kind == ColumnKind.DateTime) is { } date)
        {
            steps.Add(text.Format("Ask_Next_Time", date.Name, frame.Name));
        }

        if (profile.Columns.FirstOrDefault(c => c.Kind == ColumnKind.String && c.Distinct is >= 2 and <= 20) is { } group)
        {
            steps.Add(text.Format("Ask_Next_Group", group.Name, text.Number(group.Distinct), frame.Name));
        }

        if (steps.Count == 0)
        {
            steps.Add(text["Ask_Next_None"]);
        }

        foreach (var (step, index) in steps.Select((s, i) => (s, i + 1)))
        {
            markdown.Append(index).Append(". ").AppendLine(step);
        }

        markdown.AppendLine();
    }
}
