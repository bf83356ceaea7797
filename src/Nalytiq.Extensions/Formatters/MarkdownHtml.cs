using Markdig;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// Renders assistant answers with Markdig. Raw HTML in an answer is shown as text, never run: a model's output (or a
/// value quoted from the data) must not inject script into the notebook.
/// </summary>
internal static class MarkdownHtml
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    public static string Render(string markdown) => Markdown.ToHtml(markdown ?? string.Empty, Pipeline);
}
