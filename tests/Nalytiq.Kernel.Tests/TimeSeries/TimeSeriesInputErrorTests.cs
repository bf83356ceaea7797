using Nalytiq.Localization;
using Nalytiq.TimeSeries;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.TimeSeries;

public class TimeSeriesInputErrorTests
{
    [Fact]
    public void A_column_shorter_than_the_timestamps_is_reported_by_name_in_the_session_language()
    {
        var input = new TimeSeriesInput([new DateTime(2025, 1, 1), new DateTime(2025, 1, 2)], [new TimeSeriesColumn("prix", [1.5])]);

        var error = Should.Throw<NalytiqException>(() => TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Day));

        error.Text.Key.ShouldBe("TimeSeries_LengthMismatch");
        error.Localize(Localizer.French).ShouldBe("La colonne prix a 1 valeurs mais il y a 2 horodatages : donnez une valeur par horodatage.");
    }

    [Fact]
    public void Timestamps_spanning_too_many_periods_are_reported_with_their_range()
    {
        var input = new TimeSeriesInput([new DateTime(1, 1, 1), new DateTime(2025, 1, 2)], []);

        var error = Should.Throw<NalytiqException>(() => TimeSeriesRuntime.Shared.Resample(input, ResamplePeriod.Day));

        error.Text.Key.ShouldBe("TimeSeries_TooManyPeriods");
        error.Localize(Localizer.English).ShouldBe(
            "The timestamps run from 1/1/0001 to 1/2/2025, which makes 739,253 periods, more than the 100,000 a time series can show. "
            + "Choose a longer period or check the timestamps.");
        error.Localize(Localizer.French).ShouldContain("Choisissez une période plus longue");
    }
}
