using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// Packs Nalytiq.Charts.Abstractions, Nalytiq.Kernel and Nalytiq.Extensions from <c>src/</c> into a private folder feed, once for all host tests,
/// and restores the notebook host tool.
/// </summary>
/// <remarks>
/// Every run packs a version of its own (<c>&lt;Version&gt;-host.&lt;stamp&gt;</c>) rather than reusing the fixed product
/// version. The NuGet global cache keeps the first package it saw for a version, so a fixed version would need its
/// cache entry deleted first, and that races with anything else on the machine using the same version (a Jupyter run,
/// another test run, a developer's notebook). A unique version cannot be stale and touches nobody else's entry; the
/// fixture removes its own entries from the cache afterwards. The build goes to a private artifacts folder too, so the
/// solution's own bin/ and obj/ never see the prerelease version.
/// </remarks>
public sealed class PackedExtension : IAsyncLifetime
{
    private static TimeSpan PackTimeout => TimeSpan.FromMinutes(10);

    private readonly string _scratch = Path.Combine(Path.GetTempPath(), "nalytiq-host-tests", Guid.NewGuid().ToString("N"));
    private string? _globalPackages;

    /// <summary>The package version packed for this run.</summary>
    public string Version { get; } = $"{Repository.Version}-host.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";

    /// <summary>The absolute path of the folder feed holding the packages.</summary>
    public string Feed => Path.Combine(_scratch, "feed");

    internal NotebookHostTool Tool { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Feed);
        _globalPackages = await GlobalPackagesFolderAsync();
        var build = Path.Combine(_scratch, "build");
        foreach (var project in new[] { Repository.ChartContractsProject, Repository.KernelProject, Repository.ExtensionsProject })
        {
            await CommandLine.RunAsync(
                "dotnet",
                ["pack", project, "-c", "Release", "-o", Feed, "--artifacts-path", build, $"-p:Version={Version}", "-nologo"],
                Repository.Root,
                PackTimeout);
        }

        Tool = await NotebookHostTool.RestoreAsync(_globalPackages);
    }

    public Task DisposeAsync()
    {
        if (_globalPackages is not null)
        {
            foreach (var id in new[] { "nalytiq.charts.abstractions", "nalytiq.kernel", "nalytiq.extensions" })
            {
                DeleteIfPresent(Path.Combine(_globalPackages, id, Version.ToLowerInvariant()));
            }
        }

        DeleteIfPresent(_scratch);
        return Task.CompletedTask;
    }

    /// <summary>A fresh folder of this run, to serve as a notebook's working directory.</summary>
    public string NewWorkingDirectory()
    {
        var folder = Path.Combine(_scratch, "work", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static async Task<string> GlobalPackagesFolderAsync()
    {
        var output = await CommandLine.RunAsync("dotnet", ["nuget", "locals", "global-packages", "--list"], Repository.Root, TimeSpan.FromMinutes(2));
        const string Prefix = "global-packages:";
        var line = output.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"'dotnet nuget locals' did not name the global packages folder:{Environment.NewLine}{output}");
        return line[Prefix.Length..].Trim();
    }

    private static void DeleteIfPresent(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
