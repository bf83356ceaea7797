using System.Xml.Linq;

namespace Nalytiq.Host.Tests;

/// <summary>Where the repository under test is, and what it declares.</summary>
internal static class Repository
{
    /// <summary>The folder holding <c>Nalytiq.slnx</c>, found upwards from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    public static string ChartContractsProject => Path.Combine(Root, "src", "Nalytiq.Charts.Abstractions", "Nalytiq.Charts.Abstractions.csproj");

    public static string KernelProject => Path.Combine(Root, "src", "Nalytiq.Kernel", "Nalytiq.Kernel.csproj");

    public static string ExtensionsProject => Path.Combine(Root, "src", "Nalytiq.Extensions", "Nalytiq.Extensions.csproj");

    /// <summary>The product version from <c>Directory.Build.props</c>, which the packages carry.</summary>
    public static string Version
    {
        get
        {
            var props = XDocument.Load(Path.Combine(Root, "Directory.Build.props"));
            return props.Descendants("Version").Select(v => v.Value.Trim()).FirstOrDefault(v => v.Length > 0)
                ?? throw new InvalidOperationException("Directory.Build.props declares no <Version>.");
        }
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Nalytiq.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Nalytiq.slnx above {AppContext.BaseDirectory}.");
    }
}
