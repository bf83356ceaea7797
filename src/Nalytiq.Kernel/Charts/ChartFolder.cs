namespace Nalytiq.Charts;

/// <summary>
/// Finds the <c>charts/</c> folder: the isolated F# folder holding the adapter (chart renderer and Deedle time-series
/// engine) and its F# dependencies. It keeps the name it had when it held charts only.
/// </summary>
internal static class ChartFolder
{
    /// <summary>The folder's name, next to the engine in build output and at the root of the NuGet package.</summary>
    public const string Name = "charts";

    /// <summary>The adapter assembly the folder must hold.</summary>
    public const string AdapterAssembly = "Nalytiq.Charts.Plotly";

    /// <summary>
    /// Where to look, in order: beside <c>Nalytiq.Kernel.dll</c> (build output, and every project that references the
    /// engine), then the package root when the engine runs from <c>&lt;package&gt;/lib/net10.0/</c> in the NuGet cache
    /// (as in the notebook host), then the application folder (single-file hosts have no assembly location).
    /// </summary>
    public static IReadOnlyList<string> Candidates()
    {
        var engineDirectory = Path.GetDirectoryName(typeof(ChartFolder).Assembly.Location);
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(engineDirectory))
        {
            candidates.Add(Path.Combine(engineDirectory, Name));
            candidates.Add(Path.GetFullPath(Path.Combine(engineDirectory, "..", "..", Name)));
        }

        candidates.Add(Path.Combine(AppContext.BaseDirectory, Name));
        return candidates.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The first candidate that holds the adapter, or null.</summary>
    public static string? Find(IEnumerable<string> candidates) => candidates.FirstOrDefault(Holds);

    /// <summary>The adapter's path inside <paramref name="directory"/>.</summary>
    public static string AdapterPath(string directory) => Path.Combine(directory, AdapterAssembly + ".dll");

    private static bool Holds(string directory) => File.Exists(AdapterPath(directory));
}
