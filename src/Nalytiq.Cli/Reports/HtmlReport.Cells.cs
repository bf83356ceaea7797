using System.Text;
using Microsoft.DotNet.Interactive.Documents;
using Nalytiq.Cli.Parameters;

namespace Nalytiq.Cli.Reports;

/// <summary>Cells and their outputs.</summary>
internal sealed partial class HtmlReport
{
    private static readonly string[] ImageTypes = ["image/png", "image/jpeg", "image/gif"];

    private void AppendCell(StringBuilder body, NotebookRun run, int index, MarkdownCells markdown, List<string> html)
    {
        var element = run.Executed.Elements[index];
        if (element.KernelName is "markdown" or "md")
        {
            body.Append("<section class=\"nr-cell nr-markdown\">\n").Append(markdown.Render(element.Contents)).Append("</section>\n");
            return;
        }

        if (run.Cells[index] is not { } cell)
        {
            return;
        }

        var injected = run.InjectedCell == index;
        var classes = cell.Status switch
        {
            CellStatus.Failed => " nr-failed",
            CellStatus.NotRun => " nr-not-run",
            _ => injected ? " nr-injected" : string.Empty,
        };
        body.Append("<section class=\"nr-cell nr-code-cell").Append(classes).Append("\" id=\"").Append(CellAnchor(cell.Number)).Append("\">\n")
            .Append("<div class=\"nr-cell-label\">").Append(Encode(Label(cell, element, injected))).Append("</div>\n")
            .Append("<details class=\"nr-code\"").Append(hideCode ? string.Empty : " open").Append("><summary>")
            .Append(Encode(text["Report_Code"])).Append("</summary><pre><code>").Append(Encode(element.Contents)).Append("</code></pre></details>\n");
        if (element.Outputs.Count > 0)
        {
            body.Append("<div class=\"nr-outputs\">\n");
            foreach (var output in element.Outputs)
            {
                AppendOutput(body, output, html);
            }

            body.Append("</div>\n");
        }

        body.Append("</section>\n");
    }

    private string Label(CellRun cell, InteractiveDocumentElement element, bool injected)
    {
        var parts = new List<string> { text.Format("Report_CellLabel", cell.Number) };
        if (cell.Status != CellStatus.NotRun)
        {
            parts.Add(text.Duration(cell.Duration));
        }

        parts.Add(cell.Status switch
        {
            CellStatus.Failed => text["Report_CellFailed"],
            CellStatus.NotRun => text["Report_CellNotRun"],
            _ when injected => text["Report_CellInjected"],
            _ when ParameterInjector.HasTag(element, ParameterInjector.ParametersTag) => text["Report_CellParameters"],
            _ => string.Empty,
        });
        return string.Join(" · ", parts.Where(p => p.Length > 0));
    }

    private static void AppendOutput(StringBuilder body, InteractiveDocumentOutputElement output, List<string> html)
    {
        switch (output)
        {
            case TextElement stream:
                body.Append("<pre class=\"nr-text").Append(stream.Name == "stderr" ? " nr-stderr" : string.Empty).Append("\">")
                    .Append(Encode(stream.Text)).Append("</pre>\n");
                return;
            case ErrorElement error:
                body.Append("<pre class=\"nr-error\">").Append(Encode(error.ErrorValue ?? error.ErrorName ?? string.Empty)).Append("</pre>\n");
                return;
        }

        if (Has(output, "text/html"))
        {
            var fragment = OfflineScripts.Rewrite(Data(output, "text/html"));
            html.Add(fragment);
            body.Append("<div class=\"nr-html\">").Append(fragment).Append("</div>\n");
        }
        else if (Has(output, "image/svg+xml"))
        {
            body.Append("<div class=\"nr-html\">").Append(Data(output, "image/svg+xml")).Append("</div>\n");
        }
        else if (ImageTypes.FirstOrDefault(mime => Has(output, mime)) is { } image)
        {
            body.Append("<img alt=\"\" src=\"data:").Append(image).Append(";base64,").Append(Data(output, image).Trim()).Append("\">\n");
        }
        else if (Has(output, "text/markdown"))
        {
            body.Append("<div class=\"nr-markdown\">").Append(new MarkdownCells().Render(Data(output, "text/markdown"))).Append("</div>\n");
        }
        else
        {
            var plain = Has(output, "text/plain") ? Data(output, "text/plain") : Data(output, "application/json");
            body.Append("<pre class=\"nr-text\">").Append(Encode(plain)).Append("</pre>\n");
        }
    }
}
