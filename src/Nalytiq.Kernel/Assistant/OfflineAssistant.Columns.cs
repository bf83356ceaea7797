using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Assistant;

internal static partial class OfflineAssistant
{
    private static void Describe(StringBuilder markdown, ProfiledFrame frame, string name, Localizer text)
    {
        var column = frame.Profile.Columns.First(c => c.Name == name);
        markdown.AppendLine(text.Format("Ask_Offline_Column", column.Name, text["Kind_" + column.Kind], frame.Name,
            text.Number(column.Count), text.Number(column.Missing), text.Percent(column.MissingShare), text.Number(column.Distinct)));
        if (column.Numeric is { } n)
        {
            markdown.AppendLine().AppendLine(text.Format("Ask_Offline_ColumnNumeric", Figure(n.Min, text), Figure(n.P50, text), Figure(n.Mean, text), Figure(n.Max, text), Figure(n.StandardDeviation, text)));
        }
        else if (column.Date is { Min: { } from, Max: { } to })
        {
            markdown.AppendLine().AppendLine(text.Format("Ask_Offline_ColumnDate", text.DateTime(from), text.DateTime(to)));
        }
        else if (column.Boolean is { } b)
        {
            markdown.AppendLine().AppendLine(text.Format("Ask_Offline_ColumnBoolean", text.Number(b.TrueCount), text.Percent(b.TrueShare), text.Number(b.FalseCount)));
        }

        markdown.AppendLine();
        if (column.Kind == ColumnKind.String)
        {
            TopValues(markdown, frame, column.Name, text);
        }
    }

    private static void TopValues(StringBuilder markdown, ProfiledFrame frame, string? name, Localizer text)
    {
        var columns = frame.Profile.Columns.Where(c => name is null ? c.Text is { TopValues.Count: > 0 } : c.Name == name).Take(3).ToList();
        if (columns.Count == 0)
        {
            Line(markdown, text.Format("Ask_Offline_TopNone", name ?? frame.Name));
            return;
        }

        foreach (var column in columns)
        {
            if (column.Text is not { TopValues.Count: > 0 } summary)
            {
                Line(markdown, text.Format("Ask_Offline_TopNone", column.Name));
                continue;
            }

            markdown.AppendLine(text.Format("Ask_Offline_TopTitle", column.Name));
            foreach (var value in summary.TopValues.Take(5))
            {
                markdown.AppendLine(text.Format("Ask_Offline_TopValue", value.Value, text.Number(value.Count), text.Percent(value.Share)));
            }

            markdown.AppendLine();
        }
    }

    private static void Alerts(StringBuilder markdown, ProfiledFrame frame, Localizer text, int top = 20)
    {
        if (frame.Profile.Alerts.Count == 0)
        {
            Line(markdown, text.Format("Ask_Offline_AlertsNone", frame.Name));
            return;
        }

        markdown.AppendLine(text.Format("Ask_Offline_AlertsTitle", frame.Name, text.Number(frame.Profile.Alerts.Count)));
        foreach (var alert in frame.Profile.Alerts.Take(top))
        {
            markdown.Append("- ").AppendLine(alert.Message.ToString(text));
        }

        markdown.AppendLine();
    }

    private static string Figure(double? value, Localizer text) => value is { } v ? text.Number(v, Math.Abs(v) >= 100 ? 1 : 2) : "—";
}
