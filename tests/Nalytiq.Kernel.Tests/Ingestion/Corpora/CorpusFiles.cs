using System.Runtime.CompilerServices;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>Where the vendored corpora live (<c>tests/corpora/</c>), found from this source file.</summary>
internal static class CorpusFiles
{
    public static string Root { get; } = Find();

    /// <summary>The files of a suite folder with the given extensions, as paths relative to it, in a stable order.</summary>
    public static IEnumerable<string> In(string suite, params string[] extensions)
    {
        var folder = Path.Combine(Root, suite);
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    private static string Find([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "corpora"));
}
