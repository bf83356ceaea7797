using System.Reflection;
using System.Runtime.Loader;

namespace Nalytiq.Charts;

/// <summary>
/// The private load context of the isolated F# components. Assemblies present in the charts folder (Plotly.NET, Deedle,
/// FSharp.Core 10.1, Newtonsoft.Json, ...) load here even when the host already holds other versions of them; the engine itself resolves
/// to the copy the host loaded, so <see cref="IChartRenderer"/>, the chart records and the time-series records are the
/// same types on both sides.
/// </summary>
internal sealed class ChartLoadContext : AssemblyLoadContext
{
    private static Assembly Contracts => typeof(IChartRenderer).Assembly;

    private readonly string _directory;
    private readonly AssemblyLoadContext _contractsContext;

    public ChartLoadContext(string directory)
        : base("Nalytiq.Charts", isCollectible: false)
    {
        _directory = directory;
        _contractsContext = GetLoadContext(Contracts) ?? Default;
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        if (string.Equals(assemblyName.Name, Contracts.GetName().Name, StringComparison.OrdinalIgnoreCase))
        {
            return Contracts;
        }

        var path = PathInFolder(assemblyName);
        if (path is not null)
        {
            return LoadFromAssemblyPath(path);
        }

        // Framework assemblies and anything else the engine itself uses: the engine's context has them. Returning null
        // falls back to the default context, which is the engine's in every host we know; ask it directly otherwise.
        return ReferenceEquals(_contractsContext, Default) ? null : _contractsContext.LoadFromAssemblyName(assemblyName);
    }

    private string? PathInFolder(AssemblyName assemblyName)
    {
        if (string.IsNullOrEmpty(assemblyName.Name))
        {
            return null;
        }

        // Satellite assemblies (FSharp.Core.resources) sit in a folder named after their culture.
        var folder = string.IsNullOrEmpty(assemblyName.CultureName) ? _directory : Path.Combine(_directory, assemblyName.CultureName);
        var path = Path.Combine(folder, assemblyName.Name + ".dll");
        return File.Exists(path) ? path : null;
    }
}
