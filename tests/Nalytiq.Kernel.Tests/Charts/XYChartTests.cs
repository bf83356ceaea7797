using System.Globalization;
using Nalytiq.Charts;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Charts;

public class XYChartTests
{
    private static readonly ChartRenderOptions French = new() { Culture = CultureInfo.GetCultureInfo("fr-FR") };

    [Fact]
    public void A_roc_curve_draws_its_line_over_a_dashed_diagonal_on_square_axes()
    {
        var chart = new XYChart("Courbe ROC", "Taux de faux positifs", "Taux de vrais positifs",
        [
            new XYSeries("Hasard", [0, 1], [0, 1], XYStyle.Lines) { Reference = true },
            new XYSeries("Modèle", [0, 0.1, 0.4, 1], [0, 0.7, 0.95, 1], XYStyle.Lines),
        ])
        { SquareAxes = true };

        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(chart, French));

        fragment.Data.GetArrayLength().ShouldBe(2);
        fragment.Trace(0).GetProperty("line").GetProperty("dash").GetString().ShouldBe("dash");
        fragment.Trace(1).GetProperty("mode").GetString().ShouldBe("lines");
        fragment.Trace(1).GetProperty("y").EnumerateArray().Select(v => v.GetDouble()).ShouldBe([0, 0.7, 0.95, 1]);
        fragment.Layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString().ShouldBe("x");
        fragment.Layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString().ShouldBe("Taux de faux positifs");
    }

    [Fact]
    public void Trial_scores_keep_their_hover_labels_and_whole_number_ticks()
    {
        var chart = new XYChart("AUC par essai", "Essai", "AUC",
        [
            new XYSeries("AUC", [1, 2, 3], [0.81, null, 0.9], XYStyle.LinesAndMarkers) { Labels = ["lightgbm", "sdca (échec)", "fasttree"] },
        ])
        { IntegerX = true };

        var fragment = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(chart, French));
        var trace = fragment.Trace(0);

        trace.GetProperty("text").EnumerateArray().Select(v => v.GetString()).ShouldBe(["lightgbm", "sdca (échec)", "fasttree"]);
        trace.GetProperty("y")[1].ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);
        fragment.Layout.GetProperty("xaxis").GetProperty("dtick").GetDouble().ShouldBe(1);
    }

    [Fact]
    public void A_confusion_matrix_counts_from_zero_with_whole_numbers_in_each_cell()
    {
        var chart = new HeatmapChart("Matrice de confusion", ["non", "oui"], ["non", "oui"], [[40, 3], [5, 52]])
        {
            Counts = true,
            XTitle = "Prédit",
            YTitle = "Réel",
        };

        var trace = PlotlyFragment.Parse(ChartRuntime.Shared.RenderHtml(chart, French)).Trace(0);

        trace.GetProperty("zmin").GetDouble().ShouldBe(0);
        trace.TryGetProperty("zmax", out _).ShouldBeFalse();
        trace.GetProperty("texttemplate").GetString().ShouldBe("%{z:,d}");
    }

    [Fact]
    public void Series_of_unequal_lengths_are_refused()
    {
        var chart = new XYChart("t", "x", "y", [new XYSeries("s", [1, 2], [1], XYStyle.Markers)]);

        Should.Throw<NalytiqException>(() => ChartRuntime.Shared.RenderHtml(chart, French)).Text.Key.ShouldBe("Chart_SeriesLengthMismatch");
    }
}
