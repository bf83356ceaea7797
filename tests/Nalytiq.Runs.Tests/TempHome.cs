namespace Nalytiq.Tests;

/// <summary>A fresh state folder per test, removed afterwards.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "nalytiq-runs-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
