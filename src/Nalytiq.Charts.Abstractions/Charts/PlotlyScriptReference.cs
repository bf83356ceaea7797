namespace Nalytiq.Charts;

/// <summary>How a rendered chart gets the plotly.js library it draws with.</summary>
public enum PlotlyScriptReference
{
    /// <summary>
    /// The fragment loads plotly.js from its CDN through RequireJS (loading RequireJS first when the page lacks it), as
    /// VS Code notebooks and Jupyter need: their outputs fetch scripts from the network.
    /// </summary>
    Cdn,

    /// <summary>
    /// The fragment assumes a global <c>Plotly</c> is already on the page, for a document that inlines the library once
    /// (see <see cref="IChartRenderer.GetPlotlyJavaScript"/>).
    /// </summary>
    None,
}
