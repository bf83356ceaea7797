using System.Text.Json;
using Shouldly;

namespace Nalytiq.Tests.Charts;

/// <summary>The data, layout and config a rendered fragment hands to <c>Plotly.newPlot</c>, parsed as JSON.</summary>
internal sealed record PlotlyFragment(JsonElement Data, JsonElement Layout, JsonElement Config)
{
    public static PlotlyFragment Parse(string html) => new(Json(html, "data"), Json(html, "layout"), Json(html, "config"));

    public JsonElement Trace(int index) => Data[index];

    // The fragment writes each as "var NAME = JSON;" on its own line.
    private static JsonElement Json(string html, string name)
    {
        var marker = $"var {name} = ";
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        start.ShouldBeGreaterThanOrEqualTo(0, $"the fragment declares {name}");
        start += marker.Length;
        var end = html.IndexOf(";\n", start, StringComparison.Ordinal);

        // The fragment escapes "</" inside the script; JSON reads "<\/" as "</" anyway.
        return JsonDocument.Parse(html[start..end]).RootElement.Clone();
    }
}
