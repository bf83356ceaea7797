using Plotly.NET;

namespace Nalytiq.Charts.Plotly;

/// <summary>Where plotly.js comes from: the CDN of the version Plotly.NET targets, or the copy embedded in Plotly.NET.</summary>
internal static class PlotlyScripts
{
    /// <summary>The CDN module path RequireJS loads (without <c>.js</c>, as RequireJS appends it).</summary>
    public static string CdnModule { get; } = $"https://cdn.plot.ly/plotly-{Globals.PLOTLYJS_VERSION}.min";

    public static PlotlyJSReference ReferenceFor(PlotlyScriptReference reference) => reference switch
    {
        PlotlyScriptReference.None => PlotlyJSReference.NoReference,

        // The RequireJS pattern is what Plotly.NET's own notebook integration uses: Jupyter classic already has
        // RequireJS, and where it is missing (JupyterLab, VS Code) the fragment loads it first.
        _ => PlotlyJSReference.NewRequire(CdnModule),
    };

    public static string ReadEmbedded()
    {
        var assembly = typeof(GenericChart).Assembly;
        var name = $"Plotly.NET.plotly-{Globals.PLOTLYJS_VERSION}.min.js";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"{assembly.GetName().Name} has no resource named '{name}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
