namespace Nalytiq.Tests.Caching;

/// <summary>A fresh folder under the system temp folder, deleted with the test class.</summary>
public sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nalytiq-cache-" + Guid.NewGuid().ToString("N"));

    /// <summary>A new sub-folder name for one test (not created).</summary>
    public string NewSubfolder() => System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
