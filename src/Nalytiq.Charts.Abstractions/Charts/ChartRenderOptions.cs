using System.Globalization;

namespace Nalytiq.Charts;

/// <summary>How to render a chart.</summary>
public sealed record ChartRenderOptions
{
    /// <summary>The culture whose decimal and group separators the axes use.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>Width in pixels.</summary>
    public int Width { get; init; } = 640;

    /// <summary>Height in pixels.</summary>
    public int Height { get; init; } = 320;

    /// <summary>
    /// Draws only the marks: no title, axes, legend or margins, for a small chart inside a table cell (a column's
    /// histogram at, say, 160 × 48). Hovering still shows the values.
    /// </summary>
    public bool Compact { get; init; }

    /// <summary>Where plotly.js comes from; by default its CDN, which works in notebooks.</summary>
    public PlotlyScriptReference PlotlyScript { get; init; } = PlotlyScriptReference.Cdn;
}
