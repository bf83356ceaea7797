using System.Globalization;
using System.Text.Json;
using Nalytiq.Charts;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Charts;

public class ChartKindsTests
{
    private static readonly ChartRenderOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };

    public static TheoryData<ChartSpec> EveryKind =>
    [
        SampleCharts.Regions,
        SampleCharts.Correlations,
        SampleCharts.Prices,
        SampleCharts.WeeklyHarvests,
        SampleCharts.HarvestsByDistrict,
    ];

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Every_kind_renders_a_small_div_with_its_localized_title_and_french_separators(ChartSpec chart)
    {
        var html = ChartRuntime.Shared.RenderHtml(chart, French);
        var fragment = PlotlyFragment.Parse(html);

        html.ShouldStartWith("<div><div id=\"");
        html.ShouldEndWith("</script></div>");
        fragment.Data.GetArrayLength().ShouldBeGreaterThan(0);
        fragment.Layout.GetProperty("title").GetProperty("text").GetString().ShouldBe(chart.Title);
        fragment.Layout.GetProperty("separators").GetString().ShouldBe(",\u202f");
        fragment.Config.GetProperty("displayModeBar").GetBoolean().ShouldBeFalse();

        // Plotly.NET's default template alone is about 9 KB; ours is a few layout properties.
        fragment.Layout.TryGetProperty("template", out _).ShouldBeFalse();
        html.Length.ShouldBeLessThan(3_000);
    }

    [Fact]
    public void A_heatmap_holds_its_matrix_on_a_fixed_diverging_scale_with_each_cell_annotated()
    {
        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(SampleCharts.Correlations, French));
        var trace = fragment.Trace(0);

        trace.GetProperty("type").GetString().ShouldBe("heatmap");
        Strings(trace.GetProperty("x")).ShouldBe(["prix", "kg", "humidité"]);
        Strings(trace.GetProperty("y")).ShouldBe(["prix", "kg", "humidité"]);
        var z = trace.GetProperty("z").EnumerateArray().Select(row => row.EnumerateArray().Select(NullableDouble).ToArray()).ToArray();
        z.ShouldBe([[1.0, -0.42, 0.875], [-0.42, 1.0, null], [0.875, null, 1.0]]);
        trace.GetProperty("zmin").GetDouble().ShouldBe(-1);
        trace.GetProperty("zmax").GetDouble().ShouldBe(1);
        trace.GetProperty("texttemplate").GetString().ShouldBe("%{z:.2f}");
        var scale = trace.GetProperty("colorscale").EnumerateArray().ToArray();
        scale[0][1].GetString().ShouldBe("#2166ac");
        scale[^1][1].GetString().ShouldBe("#b2182b");
        scale.Single(stop => stop[0].GetDouble() == 0.5)[1].GetString().ShouldBe("#f7f7f7");
        fragment.Layout.GetProperty("yaxis").GetProperty("autorange").GetString().ShouldBe("reversed");
    }

    [Fact]
    public void A_heatmap_whose_values_do_not_match_its_labels_is_reported_in_the_session_language()
    {
        var chart = SampleCharts.Correlations with { Values = [[1.0, 0.5, 0.2], [0.5, 1.0]] };

        var error = Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(chart, French));

        error.Text.Key.ShouldBe("Chart_HeatmapShape");
        error.Localize(Localizer.French).ShouldStartWith("La carte de chaleur a 3 étiquettes de lignes et 3 étiquettes de colonnes");
    }

    [Fact]
    public void A_prebinned_histogram_draws_one_adjacent_bar_per_bin_as_wide_as_the_bin()
    {
        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(SampleCharts.Prices, French));
        var trace = fragment.Trace(0);

        trace.GetProperty("type").GetString().ShouldBe("bar");
        Doubles(trace.GetProperty("x")).ShouldBe([150, 300, 600]);
        Doubles(trace.GetProperty("width")).ShouldBe([100, 200, 400]);
        Doubles(trace.GetProperty("y")).ShouldBe([12, 40, 3]);
        fragment.Layout.GetProperty("bargap").GetDouble().ShouldBe(0);
        fragment.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString().ShouldBe("Prix (RWF)");
    }

    [Fact]
    public void Histogram_edges_that_do_not_bound_the_bins_are_reported()
    {
        var chart = SampleCharts.Prices with { Edges = [100, 200, 150, 800] };

        var error = Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(chart, French));

        error.Text.Key.ShouldBe("Chart_HistogramEdges");
        error.Localize(Localizer.English).ShouldBe("A histogram with 3 bins needs 4 bin edges in ascending order.");
    }

    [Fact]
    public void A_line_chart_draws_each_series_over_iso_dates_with_gaps_dashes_and_a_right_axis()
    {
        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(SampleCharts.WeeklyHarvests, French));

        fragment.Data.GetArrayLength().ShouldBe(3);
        var counts = fragment.Trace(0);
        Strings(counts.GetProperty("x")).ShouldBe(["2025-06-02", "2025-06-09", "2025-06-16", "2025-06-23 12:30:00"]);
        counts.GetProperty("name").GetString().ShouldBe("Lignes");
        counts.GetProperty("yaxis").GetString().ShouldBe("y2");
        var means = fragment.Trace(1);
        means.GetProperty("y").EnumerateArray().Select(NullableDouble).ShouldBe([412.5, null, 398.25, 405]);
        means.TryGetProperty("yaxis", out _).ShouldBeFalse();
        fragment.Trace(2).GetProperty("line").GetProperty("dash").GetString().ShouldBe("dash");
        fragment.Layout.GetProperty("xaxis").GetProperty("type").GetString().ShouldBe("date");
        fragment.Layout.GetProperty("yaxis2").GetProperty("title").GetProperty("text").GetString().ShouldBe("Nombre de lignes");
        fragment.Layout.GetProperty("yaxis2").GetProperty("overlaying").GetString().ShouldBe("y");
    }

    [Fact]
    public void A_grouped_bar_chart_draws_one_trace_per_series_side_by_side()
    {
        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(SampleCharts.HarvestsByDistrict, French));

        fragment.Layout.GetProperty("barmode").GetString().ShouldBe("group");
        fragment.Data.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Manquantes", "Moyenne"]);
        Strings(fragment.Trace(0).GetProperty("x")).ShouldBe(["Huye", "Rusizi", "2024"]);
        fragment.Trace(1).GetProperty("y").EnumerateArray().Select(NullableDouble).ShouldBe([4.5, null, 7]);
        fragment.Layout.GetProperty("xaxis").GetProperty("type").GetString().ShouldBe("category");
    }

    [Fact]
    public void A_series_shorter_than_its_axis_is_reported_by_name()
    {
        var chart = SampleCharts.HarvestsByDistrict with { Series = [new BarSeries("Moyenne", [1, 2])] };

        var error = Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(chart, French));

        error.Text.Key.ShouldBe("Chart_SeriesLengthMismatch");
        error.Localize(Localizer.French).ShouldBe("La série Moyenne a 2 valeurs mais le graphique a 3 points : donnez une valeur par point.");
    }

    [Fact]
    public void A_compact_histogram_for_a_table_cell_draws_only_its_bars()
    {
        var options = French with { Compact = true, Width = 160, Height = 48 };

        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(SampleCharts.Prices, options));

        Doubles(fragment.Trace(0).GetProperty("y")).ShouldBe([12, 40, 3]);
        fragment.Layout.TryGetProperty("title", out _).ShouldBeFalse();
        fragment.Layout.GetProperty("xaxis").GetProperty("visible").GetBoolean().ShouldBeFalse();
        fragment.Layout.GetProperty("yaxis").GetProperty("visible").GetBoolean().ShouldBeFalse();
        fragment.Layout.GetProperty("margin").GetProperty("t").GetInt32().ShouldBe(0);
        fragment.Layout.GetProperty("width").GetInt32().ShouldBe(160);
        fragment.Layout.GetProperty("separators").GetString().ShouldBe(",\u202f");
    }

    private static string?[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToArray();

    private static double[] Doubles(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    private static double? NullableDouble(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDouble();
}
