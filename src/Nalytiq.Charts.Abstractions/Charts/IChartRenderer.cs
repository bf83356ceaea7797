namespace Nalytiq.Charts;

/// <summary>
/// Draws charts as HTML fragments. The implementation uses Plotly.NET, an F# library that needs a newer FSharp.Core
/// than the notebook host carries, so it lives in a private load context behind this interface
/// (docs/host.md#one-assembly-context).
/// </summary>
public interface IChartRenderer
{
    /// <summary>Renders <paramref name="chart"/> as an HTML fragment (a div and the script that draws into it).</summary>
    string RenderHtml(ChartSpec chart, ChartRenderOptions options);

    /// <summary>
    /// The minified plotly.js the fragments are drawn with, for a self-contained document that inlines it once in a
    /// <c>script</c> element and renders its charts with <see cref="PlotlyScriptReference.None"/>.
    /// </summary>
    string GetPlotlyJavaScript();
}
