using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Nalytiq.Cli.Tests.Chromium;
using Nalytiq.Localization;
using Shouldly;
using Spectre.Console.Testing;
using Xunit;

namespace Nalytiq.Cli.Tests.Reports;

/// <summary>
/// The quickstart's report, opened in headless Chromium in each language: every chart is drawn (Plotly's SVG is in
/// the DOM), the page requested nothing beyond its own file, and no script failed. A screenshot of each is kept
/// under artifacts/screenshots for CI to publish.
/// </summary>
[Collection(nameof(NotebookRunnerTests))]
public sealed partial class ReportInChromiumTests : IDisposable
{
    private static readonly TimeSpan RenderTimeout = TimeSpan.FromSeconds(90);

    private readonly string _originalDirectory = Environment.CurrentDirectory;
    private readonly QuickstartCopy _quickstart = new();

    [ChromiumTheory]
    [InlineData("en")]
    [InlineData("fr")]
    [InlineData("rw")]
    public async Task The_quickstart_report_renders_its_charts_offline_without_script_errors(string language)
    {
        var report = _quickstart.PathOf($"quickstart.{language}.html");
        var exitCode = await CliApp.RunAsync(["run", _quickstart.Notebook, "--report", report, "--lang", language, "-o", _quickstart.PathOf("out.ipynb")], new TestConsole(), default);
        exitCode.ShouldBe(0);
        var html = await File.ReadAllTextAsync(report);
        var charts = NewPlot().Count(html[html.IndexOf("<body>", StringComparison.Ordinal)..]); // plotly.js itself, in the head, mentions it too
        charts.ShouldBeGreaterThan(0);

        await using var browser = await ChromiumBrowser.StartAsync(default);
        var page = browser.Page;
        foreach (var domain in new[] { "Page", "Runtime", "Network", "Log" })
        {
            await page.SendAsync($"{domain}.enable");
        }

        await page.SendAsync("Page.navigate", new { url = new Uri(report).AbsoluteUri });
        var drawn = await WaitForChartsAsync(page, charts);

        drawn.GetProperty("plots").GetInt32().ShouldBe(charts, browser.ToString());
        drawn.GetProperty("svgs").GetInt32().ShouldBeGreaterThanOrEqualTo(charts);
        var requests = page.Events("Network.requestWillBeSent")
            .Select(e => e.GetProperty("request").GetProperty("url").GetString()!)
            .Where(url => !url.StartsWith("file:", StringComparison.Ordinal) && !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal))
            .ToList();
        requests.ShouldBeEmpty();
        page.Events("Runtime.exceptionThrown").Select(e => e.ToString()).ShouldBeEmpty();
        page.Events("Log.entryAdded").Where(e => e.GetProperty("entry").GetProperty("level").GetString() == "error").Select(e => e.ToString()).ShouldBeEmpty();
        page.Events("Runtime.consoleAPICalled").Where(e => e.GetProperty("type").GetString() == "error").Select(e => e.ToString()).ShouldBeEmpty();
        var text = Localizer.For(Localizer.ParseLanguage(language)!.Value);
        (await page.EvaluateAsync("document.documentElement.lang")).GetString().ShouldBe(text.Code);
        (await page.EvaluateAsync("document.querySelector('.nr-toc h2').textContent")).GetString().ShouldBe(text["Report_Contents"]);

        var screenshot = await page.SendAsync("Page.captureScreenshot", new { format = "png" });
        var png = Convert.FromBase64String(screenshot.GetProperty("data").GetString()!);
        png[..4].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        Directory.CreateDirectory(RepositoryRoot.Artifacts("screenshots"));
        await File.WriteAllBytesAsync(RepositoryRoot.Artifacts("screenshots", $"quickstart-report.{language}.png"), png);
        File.Copy(report, RepositoryRoot.Artifacts("screenshots", $"quickstart-report.{language}.html"), overwrite: true);
    }

    public void Dispose()
    {
        Environment.CurrentDirectory = _originalDirectory;
        _quickstart.Dispose();
    }

    private static async Task<JsonElement> WaitForChartsAsync(DevToolsConnection page, int charts)
    {
        const string Probe = """
            ({ ready: document.readyState,
               plots: document.querySelectorAll('.js-plotly-plot').length,
               svgs: document.querySelectorAll('.js-plotly-plot svg.main-svg').length })
            """;
        var deadline = Stopwatch.StartNew();
        JsonElement state;
        do
        {
            state = await page.EvaluateAsync(Probe);
            if (state.ValueKind == JsonValueKind.Object && state.GetProperty("ready").GetString() == "complete" && state.GetProperty("plots").GetInt32() >= charts)
            {
                return state;
            }

            await Task.Delay(250);
        }
        while (deadline.Elapsed < RenderTimeout);
        return state;
    }

    [GeneratedRegex(@"Plotly\.newPlot\(")]
    private static partial Regex NewPlot();
}
