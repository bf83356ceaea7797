using Nalytiq.Charts;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.TimeSeries;

public class TimeSeriesChartsTests
{
    [Fact]
    public void The_trend_chart_shows_rows_per_period_then_each_mean_and_its_dashed_trend_in_french()
    {
        DateTime?[] timestamps = [new DateTime(2025, 1, 6), new DateTime(2025, 1, 7), new DateTime(2025, 1, 20), null];
        var input = new TimeSeriesInput(timestamps, [new TimeSeriesColumn("prix", [2, 4, 9, 1]), new TimeSeriesColumn("vide", [null, null, null, null])]);
        var result = TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Week);

        var chart = TimeSeriesCharts.Trend(result, "date", Localizer.French);

        chart.Title.ShouldBe("date par semaine : lignes et moyennes");
        chart.X.ShouldBe([new DateTime(2025, 1, 6), new DateTime(2025, 1, 13), new DateTime(2025, 1, 20)]);
        chart.Series.Select(s => s.Name).ShouldBe(["Lignes", "Moyenne de prix", "Tendance de prix"]);
        chart.Series[0].Values.ShouldBe([2.0, 0.0, 1.0]);
        chart.Series[0].OnSecondaryAxis.ShouldBeTrue();
        chart.Series[1].Values.ShouldBe([3.0, null, 9.0]);
        chart.Series[2].Values.ShouldBe([3.0, 6.0, 9.0]);
        chart.Series[2].Dashed.ShouldBeTrue();
        chart.SecondaryYTitle.ShouldBe("Lignes");
        ChartRuntime.Shared.RenderHtml(chart, new ChartRenderOptions { Culture = Localizer.French.Culture }).ShouldContain("Tendance de prix");
    }

    [Theory]
    [InlineData(ResamplePeriod.Day, "umunsi")]
    [InlineData(ResamplePeriod.Week, "icyumweru")]
    [InlineData(ResamplePeriod.Month, "ukwezi")]
    public void Periods_have_names_in_kinyarwanda(ResamplePeriod period, string name)
    {
        period.Name().ToString(Localizer.Kinyarwanda).ShouldBe(name);
    }
}
