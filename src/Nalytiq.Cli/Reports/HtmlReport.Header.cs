using System.Text;
using Nalytiq.Cli.Parameters;

namespace Nalytiq.Cli.Reports;

/// <summary>The header describing the run, the failure banner and the error summary.</summary>
internal sealed partial class HtmlReport
{
    private void AppendHeader(StringBuilder page, NotebookRun run, string title, List<string> html)
    {
        page.Append("<header class=\"nr-header\">\n<h1>").Append(Encode(title)).Append("</h1>\n<dl class=\"nr-meta\">\n");
        Item(page, "Report_Notebook", Encode(Path.GetFileName(run.Notebook)));
        Item(page, "Report_Date", Encode(text.DateTime(run.Started.UtcDateTime) + " UTC"));
        Item(page, "Report_Language", Encode(text["Report_LanguageName"]));
        Item(page, "Report_Version", "Nalytiq " + Encode(Workbench.Version));
        Item(page, "Report_Elapsed", Encode(text.Duration(run.Elapsed)));
        var failures = run.Failures.Count();
        Item(page, "Report_Status", failures == 0
            ? $"<span class=\"nr-status-ok\">{Encode(text.Format("Report_StatusSucceeded", run.CellsRun))}</span>"
            : $"<span class=\"nr-status-failed\">{Encode(text.Format("Report_StatusFailed", failures, run.CodeCells))}</span>");
        Item(page, "Report_Parameters", run.Parameters.Count == 0
            ? Encode(text["Report_NoParameters"])
            : Table(run.Parameters.Select(p => (Encode(p.Name), $"<code>{Encode(CSharpLiterals.Of(p.Value))}</code>"))));
        var datasets = ProvenanceMarkers.Fingerprints(html);
        if (datasets.Count > 0)
        {
            Item(page, "Report_Datasets", Table(datasets.Select(d => (Encode(d.Label ?? string.Empty), $"<code>{Encode(d.Id)}</code>"))));
        }

        var runs = ProvenanceMarkers.Runs(html);
        if (runs.Count > 0)
        {
            Item(page, "Report_Runs", Table(runs.Select(r => ($"<code>{Encode(r.Id)}</code>", Encode(r.Label ?? string.Empty)))));
        }

        page.Append("</dl>\n</header>\n");
    }

    private void AppendBanner(StringBuilder page, NotebookRun run)
    {
        var failures = run.Failures.ToList();
        if (failures.Count == 0)
        {
            return;
        }

        var first = failures[0];
        var notRun = run.Cells.Count(c => c?.Status == CellStatus.NotRun);
        page.Append("<div class=\"nr-banner\" id=\"nr-banner\" role=\"alert\">\n<strong>")
            .Append(Encode(text.Format("Report_BannerTitle", first.Number))).Append("</strong>\n<div>")
            .Append(Encode(NotebookRunner.FirstLine(first.Error ?? string.Empty))).Append("</div>\n<p>")
            .Append(Encode(failures.Count > 1 || notRun == 0 ? text.Format("Report_BannerContinued", failures.Count) : text.Format("Report_BannerStopped", notRun)))
            .Append("</p>\n<a href=\"#").Append(CellAnchor(first.Number)).Append("\">")
            .Append(Encode(text.Format("Report_BannerLink", first.Number))).Append("</a> · <a href=\"#nr-errors\">")
            .Append(Encode(text["Report_ErrorSummary"])).Append("</a>\n</div>\n");
    }

    private void AppendErrorSummary(StringBuilder page, NotebookRun run)
    {
        var failures = run.Failures.ToList();
        if (failures.Count == 0)
        {
            return;
        }

        page.Append("<section class=\"nr-summary\" id=\"nr-errors\">\n<h2>").Append(Encode(text["Report_ErrorSummary"])).Append("</h2>\n<table>\n<tr><th>")
            .Append(Encode(text["Report_SummaryCell"])).Append("</th><th>").Append(Encode(text["Report_SummaryError"])).Append("</th></tr>\n");
        foreach (var failure in failures)
        {
            page.Append("<tr><td><a href=\"#").Append(CellAnchor(failure.Number)).Append("\">")
                .Append(Encode(text.Format("Report_CellLabel", failure.Number))).Append("</a></td><td><code>")
                .Append(Encode(failure.ErrorName ?? "Error")).Append("</code> ")
                .Append(Encode(NotebookRunner.FirstLine(failure.Error ?? string.Empty))).Append("</td></tr>\n");
        }

        var notRun = run.Cells.Count(c => c?.Status == CellStatus.NotRun);
        page.Append("</table>\n");
        if (notRun > 0)
        {
            page.Append("<p>").Append(Encode(text.Format("Report_BannerStopped", notRun))).Append("</p>\n");
        }

        page.Append("</section>\n");
    }

    private void Item(StringBuilder page, string labelKey, string valueHtml) =>
        page.Append("<dt>").Append(Encode(text[labelKey])).Append("</dt><dd>").Append(valueHtml).Append("</dd>\n");

    private static string Table(IEnumerable<(string First, string Second)> rows) =>
        "<table>" + string.Concat(rows.Select(r => $"<tr><td>{r.First}</td><td>{r.Second}</td></tr>")) + "</table>";
}
