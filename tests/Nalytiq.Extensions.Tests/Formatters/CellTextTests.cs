using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

public class CellTextTests
{
    [Theory]
    [InlineData(4519.737991, "4,520")]
    [InlineData(448.770246, "448.8")]
    [InlineData(40.419305, "40.42")]
    [InlineData(-0.012346, "-0.01235")]
    [InlineData(0, "0")]
    [InlineData(2.5e16, "2.5E+16")]
    public void Figures_keep_about_four_significant_digits(double value, string expected) =>
        CellText.Figure(value, Localizer.English).ShouldBe(expected);

    [Fact]
    public void Figures_use_the_session_culture() =>
        CellText.Figure(4519.737991, Localizer.French).ShouldBe("4\u202f520");
}
