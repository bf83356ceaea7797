namespace Nalytiq.Charts;

/// <summary>plotly.js inlined in a page, for documents that open offline (exported reports, the CLI's notebook report).</summary>
public static class PlotlyScriptElements
{
    /// <summary>
    /// The renderer's plotly.js as one <c>script</c> element, for a page whose charts are rendered with
    /// <see cref="PlotlyScriptReference.None"/>.
    /// </summary>
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public static string GetPlotlyScriptElement(this IChartRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(renderer);

        // "</script" inside the element would end it early (plotly.js has none, but be safe); "<\/" reads the same to
        // JavaScript.
        return "<script>" + renderer.GetPlotlyJavaScript().Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase) + "</script>";
    }
}
