using System.Text;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!runs</c> table: one row per run with its headline metrics.</summary>
internal static class RunsFormatter
{
    private static readonly string[] HeaderKeys =
        ["Runs_Col_Run", "Runs_Col_Experiment", "Runs_Col_Name", "Runs_Col_Status", "Runs_Col_Started", "Runs_Col_Duration", "Runs_Col_Dataset"];

    public static string ToHtml(RunsView view, Localizer text)
    {
        var html = new StringBuilder(8192);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(Title(view, text))).Append("</h3>");
        if (view.Items.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(text["Runs_None"])).Append("</p></div>");
            return html.ToString();
        }

        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(Subtitle(view, text))).Append("</p><table><thead><tr>");
        var metrics = RunCells.MetricColumns(view.Items, view.Metric);
        foreach (var header in Headers(text))
        {
            html.Append("<th>").Append(Html.Encode(header)).Append("</th>");
        }

        foreach (var metric in metrics)
        {
            html.Append("<th class=\"nq-num\">").Append(Html.Encode(metric)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var run in view.Items)
        {
            html.Append("<tr><td><code title=\"").Append(Html.Encode(run.Id)).Append("\">").Append(Html.Encode(run.ShortId)).Append("</code></td>");
            html.Append("<td>").Append(Html.Cell(run.Experiment, 30)).Append("</td>");
            html.Append("<td>").Append(Html.Cell(run.Name ?? string.Empty, 40)).Append("</td>");
            html.Append("<td").Append(run.Error is { } error ? $" title=\"{Html.Encode(error)}\"" : string.Empty).Append('>')
                .Append(Html.Encode(RunCells.Status(run, text))).Append("</td>");
            html.Append("<td>").Append(Html.Encode(RunCells.Started(run, view.Zone, text))).Append("</td>");
            html.Append("<td class=\"nq-num\">").Append(Html.Encode(RunCells.Duration(run, text))).Append("</td>");
            html.Append("<td>").Append(Html.Cell(RunCells.Dataset(run, text), 40)).Append("</td>");
            foreach (var metric in metrics)
            {
                var value = run.Metric(metric);
                var best = RunCells.IsBest(metric, value, view.Items);
                html.Append("<td class=\"nq-num\">").Append(best ? "<b>" : string.Empty).Append(Html.Encode(RunCells.Metric(value, text)))
                    .Append(best ? "</b>" : string.Empty).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table><p class=\"nq-sub\">").Append(Html.Encode(text["Runs_NextStep"])).Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(RunsView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(Title(view, text));
        if (view.Items.Count == 0)
        {
            return builder.AppendLine(text["Runs_None"]).ToString();
        }

        builder.AppendLine(Subtitle(view, text));
        var metrics = RunCells.MetricColumns(view.Items, view.Metric);
        foreach (var run in view.Items)
        {
            builder.Append("  ").Append(run.ShortId).Append("  ").Append(run.Experiment).Append(" / ").Append(RunCells.Name(run))
                .Append("  ").Append(RunCells.Status(run, text)).Append("  ").Append(RunCells.Started(run, view.Zone, text))
                .Append("  ").Append(RunCells.Duration(run, text)).Append("  ").Append(RunCells.Dataset(run, text));
            foreach (var metric in metrics)
            {
                builder.Append("  ").Append(metric).Append(' ').Append(RunCells.Metric(run.Metric(metric), text));
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    private static string Title(RunsView view, Localizer text) =>
        view.Experiment is { } experiment ? text.Format("Runs_TitleExperiment", experiment) : text["Runs_Title"];

    private static string Subtitle(RunsView view, Localizer text) => view.Metric is { } metric
        ? text.Format("Runs_ShowingRanked", text.Number((long)view.Items.Count), text.Number((long)view.Total), metric)
        : text.Format("Runs_Showing", text.Number((long)view.Items.Count), text.Number((long)view.Total));

    private static IEnumerable<string> Headers(Localizer text) => HeaderKeys.Select(key => text[key]);
}
