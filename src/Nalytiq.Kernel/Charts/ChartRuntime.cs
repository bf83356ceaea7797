using System.Reflection;
using Nalytiq.Localization;

namespace Nalytiq.Charts;

/// <summary>
/// Draws charts with the Plotly.NET adapter loaded in a private load context (see <see cref="IChartRenderer"/>). The
/// adapter is loaded on first use, once; a failure is reported as a <see cref="NalytiqException"/> and retried on the
/// next call, so a repaired installation works without restarting the notebook.
/// </summary>
public sealed class ChartRuntime : IChartRenderer
{
    private const string RendererType = "Nalytiq.Charts.Plotly.PlotlyChartRenderer";

    private readonly IReadOnlyList<string> _candidates;
    private readonly Lock _gate = new();
    private volatile IChartRenderer? _renderer;

    /// <summary>Creates a runtime over a given charts folder (the shared one finds the folder by itself).</summary>
    /// <param name="directory">A folder holding <c>Nalytiq.Charts.Plotly.dll</c> and its dependencies.</param>
    public ChartRuntime(string directory)
        : this([Path.GetFullPath(directory)])
    {
    }

    private ChartRuntime(IReadOnlyList<string> candidates) => _candidates = candidates;

    /// <summary>The runtime every workbench of the process shares: one load context, one renderer.</summary>
    public static ChartRuntime Shared { get; } = new(ChartFolder.Candidates());

    /// <summary>The folder the adapter was loaded from, once it is loaded.</summary>
    public string? Directory { get; private set; }

    /// <inheritdoc />
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public string RenderHtml(ChartSpec chart, ChartRenderOptions options) => Call(renderer => renderer.RenderHtml(chart, options));

    /// <inheritdoc />
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public string GetPlotlyJavaScript() => Call(renderer => renderer.GetPlotlyJavaScript());

    /// <summary>The adapter's renderer, loading it into its own context on first call.</summary>
    /// <exception cref="NalytiqException">The chart components are missing or cannot be loaded.</exception>
    public IChartRenderer GetRenderer()
    {
        if (_renderer is { } renderer)
        {
            return renderer;
        }

        lock (_gate)
        {
            _renderer ??= Load();
            return _renderer;
        }
    }

    private static bool IsLoadFailure(Exception e) =>
        e is IOException or BadImageFormatException or TypeLoadException or InvalidCastException or MissingMethodException
            or TargetInvocationException or UnauthorizedAccessException;

    private static NalytiqException LoadFailed(string directory, Exception e) =>
        new(new LocalizedText("Chart_LoadFailed", directory, e.GetBaseException().Message), e);

    // The adapter's own dependencies (Plotly.NET, FSharp.Core, ...) load when it first runs, so a folder missing one
    // of them fails here rather than in Load.
    private string Call(Func<IChartRenderer, string> render)
    {
        var renderer = GetRenderer();
        try
        {
            return render(renderer);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            throw LoadFailed(Directory ?? string.Empty, e);
        }
    }

    private IChartRenderer Load()
    {
        var directory = ChartFolder.Find(_candidates)
            ?? throw new NalytiqException(new LocalizedText("Chart_FolderMissing", string.Join(", ", _candidates)));
        try
        {
            var context = new ChartLoadContext(directory);
            var adapter = context.LoadFromAssemblyPath(ChartFolder.AdapterPath(directory));
            var type = adapter.GetType(RendererType, throwOnError: true)!;
            var renderer = (IChartRenderer)Activator.CreateInstance(type)!;
            Directory = directory;
            return renderer;
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            throw LoadFailed(directory, e);
        }
    }
}
