namespace Nalytiq.Charts;

/// <summary>
/// Draws charts with the Plotly.NET adapter loaded in a private load context (see <see cref="IChartRenderer"/>). The
/// adapter is loaded on first use, once; a failure is reported as a <see cref="NalytiqException"/> and retried on the
/// next call, so a repaired installation works without restarting the notebook.
/// </summary>
public sealed class ChartRuntime : IChartRenderer
{
    private const string RendererType = "Nalytiq.Charts.Plotly.PlotlyChartRenderer";

    private readonly IsolatedComponent<IChartRenderer> _renderer;

    /// <summary>Creates a runtime over a given charts folder (the shared one finds the folder by itself).</summary>
    /// <param name="directory">A folder holding <c>Nalytiq.Charts.Plotly.dll</c> and its dependencies.</param>
    public ChartRuntime(string directory)
        : this(new IsolatedComponents([Path.GetFullPath(directory)]))
    {
    }

    internal ChartRuntime(IsolatedComponents components) =>
        _renderer = new IsolatedComponent<IChartRenderer>(components, RendererType, ComponentErrors.Charts);

    /// <summary>The runtime every workbench of the process shares: one load context, one renderer.</summary>
    public static ChartRuntime Shared { get; } = new(IsolatedComponents.Shared);

    /// <summary>The folder the adapter was loaded from, once it is loaded.</summary>
    public string? Directory => _renderer.Directory;

    /// <inheritdoc />
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public string RenderHtml(ChartSpec chart, ChartRenderOptions options) =>
        _renderer.Call(renderer => renderer.RenderHtml(chart, options));

    /// <inheritdoc />
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public string GetPlotlyJavaScript() => _renderer.Call(renderer => renderer.GetPlotlyJavaScript());

    /// <summary>The adapter's renderer, loading it into its own context on first call.</summary>
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public IChartRenderer GetRenderer() => _renderer.Get();
}
