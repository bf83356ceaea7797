namespace Nalytiq.Cli.Tests.Reports;

/// <summary>A copy of notebooks/00-quickstart.ipynb and its data in a temporary folder, so runs leave the clone untouched.</summary>
internal sealed class QuickstartCopy : IDisposable
{
    public QuickstartCopy()
    {
        var notebooks = Path.Combine(RepositoryRoot.Path, "notebooks");
        File.Copy(Path.Combine(notebooks, "00-quickstart.ipynb"), Notebook);
        var data = Directory.CreateDirectory(Path.Combine(Folder, "data"));
        foreach (var file in new DirectoryInfo(Path.Combine(notebooks, "data")).GetFiles())
        {
            file.CopyTo(Path.Combine(data.FullName, file.Name));
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("nalytiq-quickstart-").FullName;

    public string Notebook => Path.Combine(Folder, "00-quickstart.ipynb");

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
