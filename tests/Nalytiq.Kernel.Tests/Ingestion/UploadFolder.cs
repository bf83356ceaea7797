using System.Text;
using Nalytiq.Ingestion;

namespace Nalytiq.Tests.Ingestion;

/// <summary>A temporary working folder with a real workbench: tests write real files into it and upload them.</summary>
internal sealed class UploadFolder : IDisposable
{
    public UploadFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nalytiq-ingest-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = Path, HomeDirectory = System.IO.Path.Combine(Path, ".nalytiq") });
    }

    public string Path { get; }

    public Workbench Workbench { get; }

    public string Write(string name, string content, Encoding? encoding = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content, encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }

    public string WriteBytes(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public Task<Dataset> UploadAsync(string name, UploadOptions? options = null, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Workbench.UploadAsync(name, options, progress, cancellationToken);

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
