using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>What <c>nalytiq run</c> was asked to do.</summary>
/// <param name="Notebook">The .ipynb or .dib file to execute.</param>
/// <param name="Output">Where to write the executed notebook.</param>
/// <param name="Language">The session language, when given.</param>
internal sealed record RunOptions(string Notebook, string Output, Language? Language)
{
    /// <summary>The default output: <c>name.executed.ipynb</c> beside the input.</summary>
    public static string DefaultOutput(string notebook)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebook)) ?? ".";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(notebook) + ".executed.ipynb");
    }
}
