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

    /// <summary>
    /// The Nalytiq references in <paramref name="code"/> that ask for another version than <paramref name="carried"/>
    /// (a version ending in <c>*</c> matches by its prefix; a reference without a version asks for none): each as the
    /// reference and the version it asks for.
    /// </summary>
    public static IReadOnlyList<(string Reference, string Version)> OtherVersions(string code, string carried) =>
    [
        .. NalytiqReference().Matches(code)
            .Select(match => match.Groups[1].Value.Trim())
            .Select(reference => (Reference: reference, Version: reference.Split(',', 2) is [_, var version] ? version.Trim() : string.Empty))
            .Where(r => r.Version.Length > 0 && !Matches(r.Version, carried)),
    ];

    private static bool Matches(string requested, string carried) =>
        requested.EndsWith('*')
            ? carried.StartsWith(requested.TrimEnd('*'), StringComparison.OrdinalIgnoreCase)
            : string.Equals(requested, carried, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""^[ \t]*#r[ \t]+"nuget:[ \t]*(Nalytiq\.(?:Extensions|Kernel)\b[^"]*)"[ \t]*$""", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex NalytiqReference();
}
