using System.Text.RegularExpressions;

namespace Nalytiq.Cli;

/// <summary>
/// Notebooks reference Nalytiq the way the notebook host needs (<c>#r "nuget: Nalytiq.Extensions, 0.1.0"</c>). The
/// runner already carries Nalytiq, so those lines are satisfied in-process instead of restoring a second copy; every
/// other line, other packages included, runs unchanged.
/// </summary>
internal static partial class NugetReferences
{
    public static string SatisfyNalytiq(string code) =>
        NalytiqReference().Replace(code, "// nalytiq run: Nalytiq is loaded by the runner ($1)");

    [GeneratedRegex("""^[ \t]*#r[ \t]+"nuget:[ \t]*(Nalytiq\.(?:Extensions|Kernel)\b[^"]*)"[ \t]*$""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NalytiqReference();
}
