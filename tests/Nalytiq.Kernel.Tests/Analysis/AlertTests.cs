using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class AlertTests
{
    private static readonly int[] Spread = [.. Enumerable.Range(0, 100)];

    [Fact]
    public async Task Constant_fires_for_a_single_distinct_value()
    {
        var alert = await SingleAlertAsync(new Int32DataFrameColumn("k", Enumerable.Repeat(7, 100)), AlertType.CONSTANT);

        alert.Columns.ShouldBe(["k"]);
    }

    [Fact]
    public async Task Zeros_fires_above_the_zeros_threshold()
    {
        var alert = await SingleAlertAsync(new Int32DataFrameColumn("z", Spread.Select(i => i % 10 == 0 ? 0 : i)), AlertType.ZEROS);

        alert.Figure.ShouldBe(0.1);
        alert.Count.ShouldBe(10);
    }

    [Fact]
    public async Task High_correlation_fires_for_a_pair_at_the_threshold()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("a", Spread),
            new DoubleDataFrameColumn("b", Spread.Select(i => (i * 3.0) + (i % 2))));

        var alert = (await DataProfiler.ProfileAsync(frame)).Alerts.Single(a => a.Type == AlertType.HIGH_CORRELATION);

        alert.Columns.ShouldBe(["a", "b"]);
        alert.Figure.ShouldBeGreaterThan(0.99);
    }

    [Fact]
    public async Task High_cardinality_fires_for_text_with_many_values()
    {
        var values = Spread.Select(i => "v" + (i % 60).ToString(System.Globalization.CultureInfo.InvariantCulture));

        var alert = await SingleAlertAsync(new StringDataFrameColumn("s", values), AlertType.HIGH_CARDINALITY);

        alert.Figure.ShouldBe(60);
    }

    [Fact]
    public async Task Duplicates_fires_for_repeated_rows()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("a", [1, 2, 1, 1]), new StringDataFrameColumn("b", ["x", "y", "x", "x"]));

        var alert = (await DataProfiler.ProfileAsync(frame)).Alerts.Single(a => a.Type == AlertType.DUPLICATES);

        alert.Columns.ShouldBeEmpty();
        alert.Count.ShouldBe(2);
        alert.Figure.ShouldBe(0.5);
    }

    [Fact]
    public async Task Skewed_fires_for_a_long_tail()
    {
        var values = Enumerable.Repeat(1.0, 5_000).Append(1e9);

        var alert = await SingleAlertAsync(new DoubleDataFrameColumn("tail", values), AlertType.SKEWED);

        alert.Figure.ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Imbalance_fires_when_one_value_dominates()
    {
        var values = Enumerable.Repeat("common", 97).Concat(["rare", "odd", "other"]);

        var alert = await SingleAlertAsync(new StringDataFrameColumn("s", values), AlertType.IMBALANCE);

        alert.Figure.ShouldBeGreaterThan(0.5);
    }

    [Fact]
    public async Task Missing_fires_above_the_missing_threshold()
    {
        var alert = await SingleAlertAsync(new Int32DataFrameColumn("m", Spread.Select(i => i < 5 ? (int?)null : (i % 50) + 1)), AlertType.MISSING);

        alert.Figure.ShouldBe(0.05);
        alert.Count.ShouldBe(5);
    }

    [Fact]
    public async Task Infinite_fires_for_any_infinity()
    {
        var alert = await SingleAlertAsync(new DoubleDataFrameColumn("f", Spread.Select(i => i == 3 ? double.PositiveInfinity : (i % 50) + 1)), AlertType.INFINITE);

        alert.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Unique_fires_when_every_value_differs()
    {
        var alert = await SingleAlertAsync(new Int32DataFrameColumn("id", Spread), AlertType.UNIQUE);

        alert.Figure.ShouldBe(1);
    }

    [Fact]
    public async Task Type_date_fires_for_text_that_reads_as_dates()
    {
        var values = Spread.Select(i => new DateTime(2024, 1, 1).AddDays(i % 30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var alert = await SingleAlertAsync(new StringDataFrameColumn("when", values), AlertType.TYPE_DATE);

        alert.Figure.ShouldBe(1);
    }

    [Fact]
    public async Task Empty_fires_for_a_column_without_values_and_for_a_frame_without_rows()
    {
        var column = await SingleAlertAsync(new DoubleDataFrameColumn("nothing", Spread.Select(_ => (double?)null)), AlertType.EMPTY);
        var frame = (await DataProfiler.ProfileAsync(new DataFrame(new Int32DataFrameColumn("a", 0)))).Alerts.ShouldHaveSingleItem();

        column.Columns.ShouldBe(["nothing"]);
        frame.Type.ShouldBe(AlertType.EMPTY);
        frame.Columns.ShouldBeEmpty();
        frame.MessageKey.ShouldBe("Alert_EmptyFrame");
    }

    [Fact]
    public async Task An_even_spread_raises_no_alert()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("n", Spread.Select(i => ((i * 37) % 50) + 1)),
            new StringDataFrameColumn("s", Spread.Select(i => SampleFrames.Words[i % 4])));

        (await DataProfiler.ProfileAsync(frame)).Alerts.ShouldBeEmpty();
    }

    [Fact]
    public async Task Alert_messages_exist_in_every_language()
    {
        var frame = new DataFrame(new Int32DataFrameColumn("m", Spread.Select(i => i < 5 ? (int?)null : (i % 50) + 1)));
        var alert = (await DataProfiler.ProfileAsync(frame)).Alerts.First(a => a.Type == AlertType.MISSING);

        alert.Message.ToString(Localizer.English).ShouldBe("m has 5 (5.0%) missing values");
        alert.Message.ToString(Localizer.French).ShouldStartWith("m a 5 valeurs manquantes (5,0");
        alert.Message.ToString(Localizer.Kinyarwanda).ShouldStartWith("m ibuze");
        foreach (var type in Enum.GetValues<AlertType>())
        {
            var key = new ProfileAlert(type, ["c"], 0.5, 1).MessageKey;
            foreach (var localizer in new[] { Localizer.English, Localizer.French, Localizer.Kinyarwanda })
            {
                localizer[key].ShouldNotBeNullOrWhiteSpace();
            }
        }
    }

    private static async Task<ProfileAlert> SingleAlertAsync(DataFrameColumn column, AlertType type)
    {
        // A one-column frame repeats rows, so the frame-wide DUPLICATES is left out here; it has its own test.
        var profile = await DataProfiler.ProfileAsync(new DataFrame(column));
        var alerts = profile.Alerts.Where(a => a.Type != AlertType.DUPLICATES).ToList();
        var alert = alerts.ShouldHaveSingleItem($"alerts: {string.Join(", ", alerts.Select(a => a.Type))}");
        alert.Type.ShouldBe(type);
        return alert;
    }
}
