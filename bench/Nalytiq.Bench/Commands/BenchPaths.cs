namespace Nalytiq.Bench.Commands;

/// <summary>Where the generated data lives: <c>bench/data/</c> of the repository (git-ignored).</summary>
internal static class BenchPaths
{
    public const string DefaultFileName = "sales-3m.csv";

    public static string DataDirectory => Path.Combine(RepositoryRoot(), "bench", "data");

    public static string DefaultCsv => Path.Combine(DataDirectory, DefaultFileName);

    /// <summary>The folder holding <c>Nalytiq.slnx</c>, looked for from the current directory, then from the binary.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Nalytiq.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return Environment.CurrentDirectory;
    }

    public static string ExistingCsv(Arguments arguments)
    {
        var path = Path.GetFullPath(arguments.Positional.FirstOrDefault() ?? DefaultCsv);
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"{path} does not exist; create it with: dotnet run -c Release --project bench/Nalytiq.Bench -- generate", path);
    }
}
