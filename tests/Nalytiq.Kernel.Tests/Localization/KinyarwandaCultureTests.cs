using System.Globalization;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Localization;

public class KinyarwandaCultureTests
{
    private static readonly DateTime Harvest = new(2026, 11, 25, 14, 30, 5, DateTimeKind.Unspecified);

    [Theory]
    [InlineData("N2")]
    [InlineData("N0")]
    [InlineData("P1")]
    public void Our_rwandan_number_formats_match_the_runtime_data(string format)
    {
        var runtime = CultureInfo.GetCultureInfo("rw-RW");

        foreach (var value in new[] { 1234567.891, -0.256, 0.256, 1e9 })
        {
            value.ToString(format, KinyarwandaCulture.Explicit()).ShouldBe(value.ToString(format, runtime));
        }
    }

    [Theory]
    [InlineData("d")]
    [InlineData("D")]
    [InlineData("g")]
    [InlineData("f")]
    [InlineData("Y")]
    [InlineData("M")]
    [InlineData("ddd d MMM")]
    public void Our_rwandan_date_formats_match_the_runtime_data(string format) =>
        Harvest.ToString(format, KinyarwandaCulture.Explicit()).ShouldBe(Harvest.ToString(format, CultureInfo.GetCultureInfo("rw-RW")));

    [Fact]
    public void Kinyarwanda_outputs_write_rwandan_numbers_and_month_names()
    {
        var text = Localizer.Kinyarwanda;

        text.Number(1234567.891, 2).ShouldBe("1.234.567,89");
        text.Percent(0.256).ShouldBe("25,6%");
        Harvest.ToString("D", text.Culture).ShouldContain("Ugushyingo");
    }
}
