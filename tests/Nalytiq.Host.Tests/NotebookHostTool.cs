using System.Text.Json;
using System.Xml.Linq;

namespace Nalytiq.Host.Tests;

/// <summary>
/// The dotnet-interactive tool pinned in <c>.config/dotnet-tools.json</c>, restored and located on disk. A local tool
/// has no launcher on PATH and <c>dotnet tool run</c> only works inside the repository, so the host is started as
/// <c>dotnet &lt;entry point&gt;</c>: then its working directory can be any notebook folder.
/// </summary>
internal sealed record NotebookHostTool(string Version, string EntryPoint)
{
    private const string PackageId = "microsoft.dotnet-interactive";
    private const string CommandName = "dotnet-interactive";

    public static async Task<NotebookHostTool> RestoreAsync(string globalPackagesFolder)
    {
        await CommandLine.RunAsync("dotnet", ["tool", "restore"], Repository.Root, TimeSpan.FromMinutes(10));

        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, ".config", "dotnet-tools.json")));
        var version = manifest.RootElement.GetProperty("tools").GetProperty(PackageId).GetProperty("version").GetString()
            ?? throw new InvalidOperationException($"The tool manifest pins no version of {PackageId}.");

        var toolFolder = Path.Combine(globalPackagesFolder, PackageId, version, "tools");
        var settings = Directory.Exists(toolFolder)
            ? Directory.GetFiles(toolFolder, "DotnetToolSettings.xml", SearchOption.AllDirectories)
            : [];
        if (settings.Length != 1)
        {
            throw new InvalidOperationException($"Expected one DotnetToolSettings.xml under {toolFolder} after 'dotnet tool restore', found {settings.Length}.");
        }

        var command = XDocument.Load(settings[0]).Descendants("Command")
            .SingleOrDefault(c => (string?)c.Attribute("Name") == CommandName)
            ?? throw new InvalidOperationException($"{settings[0]} declares no '{CommandName}' command.");
        var entryPoint = Path.Combine(Path.GetDirectoryName(settings[0])!, (string)command.Attribute("EntryPoint")!);
        return File.Exists(entryPoint)
            ? new NotebookHostTool(version, entryPoint)
            : throw new FileNotFoundException("The tool's entry point is missing.", entryPoint);
    }
}
