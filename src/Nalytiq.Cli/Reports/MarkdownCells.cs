using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nalytiq.Cli.Reports;

/// <summary>
/// Renders Markdown cells with Markdig and collects their headings for the table of contents. Anchors are numbered
/// across the whole report, since two cells may hold the same heading.
/// </summary>
internal sealed class MarkdownCells
{
    // The usual notebook extensions, without the ones that fetch from the network (media links) or need a script
    // library the report does not carry (math, diagrams).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseGridTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseListExtras()
        .UseFootnotes()
        .UseDefinitionLists()
        .Build();

    private readonly List<TocEntry> _headings = [];

    public IReadOnlyList<TocEntry> Headings => _headings;

    public string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var anchor = $"h{_headings.Count + 1}";
            heading.GetAttributes().Id = anchor;
            _headings.Add(new TocEntry(heading.Level, PlainText(heading.Inline), anchor));
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private static string PlainText(ContainerInline? inline)
    {
        var text = new StringBuilder();
        foreach (var item in inline?.Descendants<Inline>() ?? [])
        {
            switch (item)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString().Trim();
    }
}
