using Microsoft.Data.Analysis;
using Nalytiq.Export;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Export.Tests;

/// <summary>A temporary working folder with a real workbench: frames are exported into it and uploaded back.</summary>
internal sealed class ExportFolder : IDisposable
{
    public ExportFolder(Language language = Language.English)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nalytiq-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Workbench = new Workbench(new WorkbenchOptions
        {
            WorkingDirectory = Path,
            HomeDirectory = System.IO.Path.Combine(Path, ".nalytiq"),
            Language = language,
        });
    }

    public string Path { get; }

    public Workbench Workbench { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = File(name);
        System.IO.File.WriteAllText(path, content.Replace("\r\n", "\n", StringComparison.Ordinal));
        return path;
    }

    public Task<ExportResult> ExportAsync(DataFrame frame, string name, ExportOptions? options = null, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Workbench.ExportFrameAsync(frame, name, options, progress, cancellationToken);

    public async Task<DataFrame> UploadAsync(string name, UploadOptions? options = null) =>
        (await Workbench.UploadAsync(name, options)).Frame;

    /// <summary>Every file in the folder (the workbench's state folder aside), by name.</summary>
    public string[] Files() =>
        [.. Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow runner must not fail the test that already passed.
        }
    }
}
