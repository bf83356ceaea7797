namespace Nalytiq.Cli.Tests;

/// <summary>The clone the tests run from: where the sample notebooks are and where CI collects artifacts.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Artifacts(params string[] parts) =>
        System.IO.Path.Combine([Path, "artifacts", .. parts]);

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Nalytiq.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Nalytiq.slnx above {AppContext.BaseDirectory}.");
    }
}
