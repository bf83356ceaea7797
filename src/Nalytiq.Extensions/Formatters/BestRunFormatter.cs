using System.Text;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!runs --best</c> card: one run with everything it recorded.</summary>
internal static class BestRunFormatter
{
    public static string ToHtml(BestRunView view, Localizer text)
    {
        var run = view.Run;
        var html = new StringBuilder(4096);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>")
            .Append(Html.Encode(text.Format("Runs_BestTitle", view.Metric, RunCells.Name(run), RunCells.Metric(run.Metric(view.Metric), text))))
            .Append("</h3><div class=\"nq-chips\">");
        foreach (var (label, value) in Facts(view, text))
        {
            html.Append("<span>").Append(Html.Encode(label)).Append(" <b>").Append(Html.Encode(value)).Append("</b></span>");
        }

        html.Append("</div>");
        Table(html, text["Runs_Metrics"], run.Metrics.OrderBy(m => m.Key == view.Metric ? 0 : 1).ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => (m.Key, RunCells.Metric(m.Value.Value, text))));
        Table(html, text["Runs_Params"], run.Params.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)));
        Table(html, text["Runs_Artifacts"], run.Artifacts.Select(a => (a.Path, text.Bytes(a.SizeBytes))));
        html.Append("<p class=\"nq-sub\"><code>").Append(Html.Encode(run.Id)).Append("</code></p></div>");
        return html.ToString();
    }

    public static string ToPlainText(BestRunView view, Localizer text)
    {
        var run = view.Run;
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Runs_BestTitle", view.Metric, RunCells.Name(run), RunCells.Metric(run.Metric(view.Metric), text)));
        foreach (var (label, value) in Facts(view, text))
        {
            builder.Append("  ").Append(label).Append(": ").AppendLine(value);
        }

        foreach (var (key, point) in run.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            builder.Append("  ").Append(key).Append(" = ").AppendLine(RunCells.Metric(point.Value, text));
        }

        foreach (var (key, value) in run.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            builder.Append("  ").Append(key).Append(": ").AppendLine(value);
        }

        return builder.ToString();
    }

    private static IEnumerable<(string Label, string Value)> Facts(BestRunView view, Localizer text)
    {
        var run = view.Run;
        yield return (text["Runs_Col_Run"], run.ShortId);
        yield return (text["Runs_Col_Experiment"], run.Experiment);
        yield return (text["Runs_Col_Status"], RunCells.Status(run, text));
        yield return (text["Runs_Col_Started"], RunCells.Started(run, view.Zone, text));
        yield return (text["Runs_Col_Duration"], RunCells.Duration(run, text));
        yield return (text["Runs_Col_Dataset"], RunCells.Dataset(run, text));
        if (run.Dataset is { Fingerprint.Length: > 0 } dataset)
        {
            yield return (text["Runs_Fingerprint"], dataset.Fingerprint.Length > 12 ? dataset.Fingerprint[..12] : dataset.Fingerprint);
        }

        yield return (text["Runs_Versions"], $"Nalytiq {run.NalytiqVersion} · ML.NET {run.MlNetVersion ?? "—"}");
    }

    private static void Table(StringBuilder html, string title, IEnumerable<(string Key, string Value)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        html.Append("<table><thead><tr><th colspan=\"2\">").Append(Html.Encode(title)).Append("</th></tr></thead><tbody>");
        foreach (var (key, value) in list)
        {
            html.Append("<tr><td>").Append(Html.Encode(key)).Append("</td><td class=\"nq-num\">").Append(Html.Cell(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }
}
