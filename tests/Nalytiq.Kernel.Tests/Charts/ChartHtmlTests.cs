using Nalytiq.Charts;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Charts;

public class ChartHtmlTests
{
    [Fact]
    public void By_default_the_fragment_loads_plotly_from_its_cdn_through_requirejs()
    {
        var html = ChartRuntime.Shared.RenderHtml(SampleCharts.Regions, new ChartRenderOptions());

        html.ShouldContain("requirejs.config(");
        html.ShouldContain("https://cdn.plot.ly/plotly-2.28.0.min'");
        html.ShouldContain("require.min.js");
    }

    [Fact]
    public void Without_a_script_reference_the_fragment_draws_with_the_plotly_already_on_the_page()
    {
        var html = ChartRuntime.Shared.RenderHtml(SampleCharts.Regions, new ChartRenderOptions { PlotlyScript = PlotlyScriptReference.None });

        html.ShouldContain("Plotly.newPlot(");
        html.ShouldNotContain("require");
        html.ShouldNotContain("cdn.plot.ly");
    }

    [Fact]
    public void The_embedded_plotly_library_is_available_for_inlining()
    {
        var script = ChartRuntime.Shared.GetPlotlyJavaScript();

        script.Length.ShouldBeGreaterThan(1_000_000);
        script.ShouldContain("2.28.0");
        script.ShouldContain("newPlot");
    }

    [Fact]
    public void A_category_that_looks_like_markup_cannot_close_the_script_early()
    {
        var chart = SampleCharts.Regions with { Categories = ["</script><script>alert(1)</script>", "<!--", "ok"] };

        var html = ChartRuntime.Shared.RenderHtml(chart, new ChartRenderOptions());

        html.IndexOf("</script>", StringComparison.Ordinal).ShouldBe(html.LastIndexOf("</script>", StringComparison.Ordinal));
        html.ShouldContain("<\\/script><script>alert(1)<\\/script>");
        html.ShouldNotContain("<!--\"");
    }

    [Fact]
    public void Categories_and_values_of_different_lengths_are_reported_in_the_session_language()
    {
        var chart = SampleCharts.Regions with { Values = [1, 2] };

        var error = Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(chart, new ChartRenderOptions()));

        error.Text.Key.ShouldBe("Chart_LengthMismatch");
        error.Localize(Localizer.French).ShouldBe("Le graphique a 3 catégories mais 2 valeurs : donnez une valeur par catégorie.");
    }

    [Fact]
    public void A_kind_of_chart_the_renderer_does_not_know_is_reported_by_name()
    {
        var error = Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(new GaugeChart("Jauge"), new ChartRenderOptions()));

        error.Text.Key.ShouldBe("Chart_UnsupportedKind");
        error.Localize(Localizer.English).ShouldBe("Charts of kind GaugeChart cannot be drawn yet.");
    }

    private sealed record GaugeChart(string Title) : ChartSpec(Title);
}
