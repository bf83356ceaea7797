namespace Nalytiq.Tests.Ingestion;

/// <summary>Finds a vendored suite under tests/corpora by walking up from the test binaries to the repository.</summary>
internal static class CorpusFolder
{
    public static string Find(params string[] parts)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine([folder.FullName, "tests", "corpora", .. parts]);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("tests/corpora/" + string.Join('/', parts) + " was not found above " + AppContext.BaseDirectory);
    }
}
