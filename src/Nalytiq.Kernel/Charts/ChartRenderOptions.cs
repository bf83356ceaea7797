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

    /// <summary>Where plotly.js comes from; by default its CDN, which works in notebooks.</summary>
    public PlotlyScriptReference PlotlyScript { get; init; } = PlotlyScriptReference.Cdn;
}
