using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.DotNet.Interactive.Documents;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Reports;

/// <summary>
/// Renders an executed notebook as one self-contained HTML file: inline CSS, plotly.js inlined when a chart needs it,
/// no network access at all (a Content-Security-Policy forbids it), a header describing the run, a banner when a cell
/// failed, a table of contents from the Markdown headings, the cells and their outputs, and an error summary.
/// </summary>
internal sealed partial class HtmlReport(Localizer text, bool hideCode)
{
    // Inline scripts and styles only, images as data URIs: the report is readable offline, and an output cannot
    // make it reach the network.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

    public string Render(NotebookRun run)
    {
        var markdown = new MarkdownCells(Path.GetDirectoryName(run.Notebook));
        var body = new StringBuilder();
        var html = new List<string>();
        for (var index = 0; index < run.Executed.Elements.Count; index++)
        {
            AppendCell(body, run, index, markdown, html);
        }

        var usesPlotly = html.Exists(OfflineScripts.UsesPlotly);
        var title = markdown.Headings.FirstOrDefault(h => h.Level == 1)?.Text ?? Path.GetFileNameWithoutExtension(run.Notebook);
        var page = new StringBuilder(body.Length + 4096);
        page.Append("<!DOCTYPE html>\n<html lang=\"").Append(text.Code).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(ContentSecurityPolicy).Append("\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"Nalytiq ").Append(Encode(Workbench.Version)).Append("\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n")
            .Append("<style>\n").Append(ReportAssets.Css).Append("</style>\n")
            .Append(OfflineScripts.HeadScripts(usesPlotly))
            .Append("</head>\n<body>\n<div class=\"nr-page\">\n");
        AppendHeader(page, run, title, html);
        AppendBanner(page, run);
        page.Append("<div class=\"nr-layout\">\n");
        AppendToc(page, markdown.Headings);
        page.Append("<main class=\"nr-main\">\n").Append(body);
        AppendErrorSummary(page, run);
        page.Append("</main>\n</div>\n");
        page.Append("<footer class=\"nr-footer\">")
            .Append(Encode(text.Format("Report_Footer", Workbench.Version, Path.GetFileName(run.Notebook), text.DateTime(run.Ended.UtcDateTime) + " UTC")))
            .Append("</footer>\n</div>\n</body>\n</html>\n");
        return page.ToString();
    }

    // The page is UTF-8: accented and other letters stay readable in the source; only markup characters are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal static string Encode(string value) => Encoder.Encode(value);

    private static string CellAnchor(int number) => $"cell-{number}";

    private void AppendToc(StringBuilder page, IReadOnlyList<TocEntry> headings)
    {
        page.Append("<nav class=\"nr-toc\" aria-label=\"").Append(Encode(text["Report_Contents"])).Append("\">\n<h2>")
            .Append(Encode(text["Report_Contents"])).Append("</h2>\n<ol>\n");
        foreach (var heading in headings)
        {
            page.Append("<li class=\"nr-l").Append(heading.Level).Append("\"><a href=\"#").Append(heading.Anchor).Append("\">")
                .Append(Encode(heading.Text)).Append("</a></li>\n");
        }

        page.Append("</ol>\n</nav>\n");
    }

    private static string Data(InteractiveDocumentOutputElement output, string mime)
    {
        var data = output switch
        {
            DisplayElement display => display.Data,
            ReturnValueElement value => value.Data,
            _ => null,
        };
        return data?.TryGetValue(mime, out var content) == true ? content switch
        {
            string s => s,
            IEnumerable<object> lines => string.Concat(lines),
            _ => content?.ToString() ?? string.Empty,
        } : string.Empty;
    }

    private static bool Has(InteractiveDocumentOutputElement output, string mime) => output switch
    {
        DisplayElement display => display.Data.ContainsKey(mime),
        ReturnValueElement value => value.Data.ContainsKey(mime),
        _ => false,
    };
}
