using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Extensions.Tests;

public sealed class ChartValueTests
{
    private const string Chart = """new Nalytiq.Charts.BarChart("Cherries per district", "District", "kg", ["Huye", "Nyamagabe"], [1250.5, 800])""";

    [Fact]
    public async Task A_cell_that_returns_a_chart_shows_it_drawn_with_a_plain_text_alternative()
    {
        using var session = await NotebookSession.StartAsync();

        var events = await session.SubmitAsync(Chart);

        events.ShouldSucceed();
        var value = events.OfType<ReturnValueProduced>().ShouldHaveSingleItem();
        var html = value.FormattedValues.Single(v => v.MimeType == "text/html").Value;
        html.ShouldContain("Plotly.newPlot");
        html.ShouldContain("Cherries per district");
        html.ShouldContain("Nyamagabe");
        value.FormattedValues.Single(v => v.MimeType == "text/plain").Value.ShouldBe("Chart: Cherries per district");
    }

    [Fact]
    public async Task A_displayed_chart_is_drawn_in_the_session_language()
    {
        using var session = await NotebookSession.StartAsync(Language.French);

        var events = await session.SubmitAsync($"display({Chart});");

        events.ShouldSucceed();
        var shown = events.OfType<DisplayedValueProduced>().ShouldHaveSingleItem();
        shown.FormattedValues.Single(v => v.MimeType == "text/html").Value.ShouldContain("Plotly.newPlot");
        shown.FormattedValues.Single(v => v.MimeType == "text/plain").Value.ShouldBe("Graphique : Cherries per district");
    }
}
