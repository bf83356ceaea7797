using Nalytiq.Cli.Reports;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Reports;

public class MarkdownCellsTests
{
    [Fact]
    public void Headings_get_anchors_unique_across_cells_and_plain_text_for_the_contents()
    {
        var markdown = new MarkdownCells();

        var first = markdown.Render("# Profiling with `#!analyze`\n\nText with a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        var second = markdown.Render("## Results\n\n## Results");

        markdown.Headings.ShouldBe([new TocEntry(1, "Profiling with #!analyze", "h1"), new TocEntry(2, "Results", "h2"), new TocEntry(2, "Results", "h3")]);
        first.ShouldContain("<h1 id=\"h1\">");
        first.ShouldContain("<table>");
        second.ShouldContain("<h2 id=\"h2\">");
        second.ShouldContain("<h2 id=\"h3\">");
    }

    [Fact]
    public void An_image_beside_the_notebook_is_inlined_and_a_remote_one_is_left_alone()
    {
        var directory = Directory.CreateTempSubdirectory("nalytiq-md-").FullName;
        try
        {
            byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
            File.WriteAllBytes(Path.Combine(directory, "my chart.png"), png);

            var html = new MarkdownCells(directory).Render("![local](my%20chart.png) ![remote](https://example.org/x.png) ![missing](nope.png)");

            html.ShouldContain($"src=\"data:image/png;base64,{Convert.ToBase64String(png)}\"");
            html.ShouldContain("src=\"https://example.org/x.png\"");
            html.ShouldContain("src=\"nope.png\"");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
