using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>
/// The look of every chart, set as a handful of layout properties instead of Plotly.NET's default template (about
/// 9 KB repeated in every fragment): white background, light grid, the notebook's sans-serif font.
/// </summary>
internal static class LightStyle
{
    /// <summary>A colour-blind-safe palette (Okabe–Ito), in the order series take it.</summary>
    public static IReadOnlyList<string> Colors { get; } =
        ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"];

    public static Layout Layout(string? xTitle, string? yTitle) => new Layout()
        .With("font", Object(("family", "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"), ("size", 12), ("color", "#333")))
        .With("paper_bgcolor", "#fff")
        .With("plot_bgcolor", "#fff")
        .With("colorway", Colors)
        .With("margin", Object(("l", 56), ("r", 24), ("t", 48), ("b", 48)))
        .With("xaxis", Axis(xTitle))
        .With("yaxis", Axis(yTitle));

    public static DynamicObj.DynamicObj Axis(string? title) => Object(
        ("title", AxisTitle(title)),
        ("gridcolor", "#eee"),
        ("linecolor", "#ccc"),
        ("zerolinecolor", "#ccc"),
        ("automargin", true));

    public static string ColorAt(int index) => Colors[index % Colors.Count];
}
