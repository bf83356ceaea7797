using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>What <c>nalytiq run</c> was asked to do.</summary>
/// <param name="Notebook">The .ipynb or .dib file to execute.</param>
/// <param name="Output">Where to write the executed notebook.</param>
/// <param name="Language">The session language, when given.</param>
internal sealed record RunOptions(string Notebook, string Output, Language? Language)
{
    /// <summary><c>-p name value</c> pairs, in command-line order, still as text.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary><c>-f</c> files (JSON or YAML), applied before <see cref="Parameters"/>.</summary>
    public IReadOnlyList<string> ParameterFiles { get; init; } = [];

    /// <summary>Where to write the HTML report, if anywhere.</summary>
    public string? Report { get; init; }

    /// <summary>Collapse code cells in the report.</summary>
    public bool HideCode { get; init; }

    /// <summary>Run every cell even after one fails; the report ends with an error summary.</summary>
    public bool ContinueOnError { get; init; }

    /// <summary>The default output: <c>name.executed.ipynb</c> beside the input.</summary>
    public static string DefaultOutput(string notebook)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(notebook)) ?? ".";
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(notebook) + ".executed.ipynb");
    }
}
