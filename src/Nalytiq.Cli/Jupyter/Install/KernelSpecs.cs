using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter.Install;

/// <summary>
/// Installs, lists and removes kernelspecs that start this program as a Jupyter kernel. Ours are recognised by
/// <c>metadata.nalytiq</c> in their <c>kernel.json</c>; nothing else is ever removed.
/// </summary>
internal static class KernelSpecs
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Writes <c>&lt;kernels&gt;/&lt;name&gt;/kernel.json</c> (with <c>env.NALYTIQ_LANG</c> when the options name a
    /// language) and returns its folder.
    /// </summary>
    public static async Task<string> InstallAsync(KernelSpecOptions options, IReadOnlyList<string> program, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(options.KernelsDirectory, options.Name);
        Directory.CreateDirectory(directory);
        var spec = new JsonObject
        {
            ["argv"] = new JsonArray([.. program.Concat(["kernel", "-f", "{connection_file}"]).Select(a => JsonValue.Create(a))]),
            ["display_name"] = options.DisplayName,
            ["language"] = "C#",
            ["interrupt_mode"] = "message",
            ["metadata"] = new JsonObject { ["nalytiq"] = new JsonObject { ["version"] = Workbench.Version } },
        };
        if (options.Language is { } language)
        {
            spec["env"] = new JsonObject { ["NALYTIQ_LANG"] = language };
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "kernel.json"), spec.ToJsonString(Indented) + "\n", cancellationToken).ConfigureAwait(false);
        return directory;
    }

    /// <summary>Our kernelspecs on Jupyter's search path: name and folder, the first of each name (the one Jupyter uses).</summary>
    public static IReadOnlyList<(string Name, string Directory)> List() =>
        [.. JupyterPaths.KernelDirectories()
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Where(IsOurs)
            .Select(directory => (Name: Path.GetFileName(directory), Directory: directory))
            .DistinctBy(spec => spec.Name, StringComparer.Ordinal)];

    /// <summary>Removes the named kernelspec from the folder the options point at; false when there is none of ours.</summary>
    public static bool Uninstall(KernelSpecOptions options)
    {
        var directory = Path.Combine(options.KernelsDirectory, options.Name);
        if (!IsOurs(directory))
        {
            return false;
        }

        Directory.Delete(directory, recursive: true);
        return true;
    }

    /// <summary>
    /// How Jupyter should start this program: the apphost when there is one beside the running assembly, else the
    /// <c>dotnet</c> host with the absolute path of <c>nalytiq.dll</c> (plain <c>dotnet</c> when that is the one on PATH).
    /// </summary>
    public static IReadOnlyList<string> CurrentProgram()
    {
        var assembly = typeof(KernelSpecs).Assembly.Location;
        var apphost = Path.Combine(Path.GetDirectoryName(assembly)!, OperatingSystem.IsWindows() ? "nalytiq.exe" : "nalytiq");
        if (File.Exists(apphost))
        {
            return [apphost];
        }

        var host = Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";
        return [IsOnPath(host) ? "dotnet" : host, assembly];
    }

    private static bool IsOurs(string directory)
    {
        var file = Path.Combine(directory, "kernel.json");
        if (!File.Exists(file))
        {
            return false;
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(file))?["metadata"]?["nalytiq"] is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool IsOnPath(string host)
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
        return found is not null && (host == "dotnet" || Path.GetFullPath(ResolveLink(found)) == Path.GetFullPath(ResolveLink(host)));
    }

    private static string ResolveLink(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
}
