using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Nalytiq.Cli.Reports;

/// <summary>
/// Renders Markdown cells with Markdig and collects their headings for the table of contents. Anchors are numbered
/// across the whole report, since two cells may hold the same heading. Images next to the notebook
/// (<c>![](chart.png)</c>) are inlined as data URIs, so the report still shows them on its own.
/// </summary>
internal sealed class MarkdownCells(string? notebookDirectory = null)
{
    private const long MaxInlineImageBytes = 10 * 1024 * 1024;

    private static readonly Dictionary<string, string> ImageTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
    };

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

        foreach (var image in document.Descendants<LinkInline>().Where(link => link.IsImage))
        {
            image.Url = InlineImage(image.Url) ?? image.Url;
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    private string? InlineImage(string? url)
    {
        if (notebookDirectory is null || string.IsNullOrWhiteSpace(url) || url.Contains(':', StringComparison.Ordinal)
            || !ImageTypes.TryGetValue(Path.GetExtension(url), out var mime))
        {
            return null;
        }

        var file = new FileInfo(Path.Combine(notebookDirectory, Uri.UnescapeDataString(url)));
        return file.Exists && file.Length <= MaxInlineImageBytes
            ? $"data:{mime};base64,{Convert.ToBase64String(File.ReadAllBytes(file.FullName))}"
            : null;
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
