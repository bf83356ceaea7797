using System.Text.RegularExpressions;
using Shouldly;
using Spectre.Console.Testing;
using Xunit;

namespace Nalytiq.Cli.Tests.Reports;

[Collection(nameof(NotebookRunnerTests))]
public sealed partial class HtmlReportTests : IDisposable
{
    private readonly string _originalDirectory = Environment.CurrentDirectory;
    private readonly QuickstartCopy _quickstart = new();

    [Fact]
    public async Task The_report_is_one_offline_file_with_contents_a_run_header_and_collapsed_code()
    {
        var report = _quickstart.PathOf("report.html");

        var exitCode = await CliApp.RunAsync(
            ["run", _quickstart.Notebook, "--report", report, "--hide-code", "-p", "district", "Rusizi", "-p", "minimumKg", "2500", "--lang", "fr"],
            new TestConsole(),
            default);

        exitCode.ShouldBe(0);
        var html = await File.ReadAllTextAsync(report);

        // Self-contained: no external resource of any kind, a policy that forbids fetching one, plotly.js inlined.
        // (plotly.js's own strings hold attribution links, so the head is checked for elements, not text.)
        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        ExternalReference().Matches(html[head.Length..]).Select(m => m.Value).ShouldBeEmpty();
        head.ShouldNotContain("<script src", Case.Insensitive);
        head.ShouldNotContain("<link", Case.Insensitive);
        head.ShouldContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
        head.ShouldContain("<style>");
        head.Length.ShouldBeGreaterThan(1_000_000); // plotly.js
        head.ShouldContain("window.requirejs = require");

        // Contents: every Markdown heading, linked to its anchor, in order.
        var toc = html[html.IndexOf("<nav class=\"nr-toc\"", StringComparison.Ordinal)..html.IndexOf("</nav>", StringComparison.Ordinal)];
        var entries = TocLink().Matches(toc).Select(m => (Anchor: m.Groups[1].Value, Text: m.Groups[2].Value)).ToList();
        entries.Select(e => e.Text).ShouldBe(["Quickstart: from a file to a report", "Parameters", "Upload", "Analyze", "A chart from code", "One district", "Train", "Ask"]);
        foreach (var (anchor, _) in entries)
        {
            html.ShouldContain($" id=\"{anchor}\"");
        }

        // The header: language, version, parameters as injected, the dataset's fingerprint from the upload card.
        var header = html[html.IndexOf("<header", StringComparison.Ordinal)..html.IndexOf("</header>", StringComparison.Ordinal)];
        header.ShouldContain("Français");
        header.ShouldContain($"Nalytiq {Workbench.Version}");
        header.ShouldContain("<td>district</td><td><code>&quot;Rusizi&quot;</code></td>");
        header.ShouldContain("<td>minimumKg</td><td><code>2500</code></td>");
        header.ShouldContain("<td>harvests</td><td><code>744684e569dfb28e9242bef71d13aa44</code></td>");
        html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"fr\">");

        // --hide-code: code is collapsed, outputs stay.
        html.ShouldNotContain("<details class=\"nr-code\" open>");
        html.ShouldContain("<details class=\"nr-code\"><summary>Code</summary>");
        html.ShouldMatch(@"harvests of at least 2\D?500 kg in Rusizi"); // the cell formats with the machine's culture
        html.ShouldContain("paramètres injectés");
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _originalDirectory;
        _quickstart.Dispose();
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["'](?:https?:)?//[^"']*["']""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<a href="#([^"]+)">([^<]*)</a>""")]
    private static partial Regex TocLink();
}
