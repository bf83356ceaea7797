using System.Net;
using System.Text.RegularExpressions;

namespace Nalytiq.Cli.Reports;

/// <summary>
/// Finds the machine-readable markers formatters put in their HTML (see docs/reports.md): an element with
/// <c>data-nalytiq-fingerprint</c> (and optionally <c>data-nalytiq-dataset</c>) names a dataset's content hash; one
/// with <c>data-nalytiq-run</c> (and optionally <c>data-nalytiq-label</c>) names a tracked run. Each is listed once, in
/// the order first seen.
/// </summary>
internal static partial class ProvenanceMarkers
{
    public const string Fingerprint = "data-nalytiq-fingerprint";
    public const string Dataset = "data-nalytiq-dataset";
    public const string Run = "data-nalytiq-run";
    public const string Label = "data-nalytiq-label";

    /// <summary>(fingerprint, dataset name or null) pairs.</summary>
    public static IReadOnlyList<(string Id, string? Label)> Fingerprints(IEnumerable<string> html) => Find(html, Fingerprint, Dataset);

    /// <summary>(run id, label or null) pairs.</summary>
    public static IReadOnlyList<(string Id, string? Label)> Runs(IEnumerable<string> html) => Find(html, Run, Label);

    private static List<(string Id, string? Label)> Find(IEnumerable<string> html, string idAttribute, string labelAttribute)
    {
        var found = new List<(string Id, string? Label)>();
        foreach (var fragment in html)
        {
            foreach (Match tag in StartTag().Matches(fragment))
            {
                var attributes = Attributes(tag.Value);
                if (attributes.TryGetValue(idAttribute, out var id) && id.Length > 0 && !found.Exists(f => f.Id == id))
                {
                    found.Add((id, attributes.GetValueOrDefault(labelAttribute)));
                }
            }
        }

        return found;
    }

    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match attribute in Attribute().Matches(tag))
        {
            attributes.TryAdd(attribute.Groups["name"].Value, WebUtility.HtmlDecode(attribute.Groups["value"].Value).Trim());
        }

        return attributes;
    }

    [GeneratedRegex(@"<[a-zA-Z][^>]*\bdata-nalytiq-(?:fingerprint|run)\s*=[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex StartTag();

    [GeneratedRegex("""(?<name>data-nalytiq-[a-z-]+)\s*=\s*(?:"(?<value>[^"]*)"|'(?<value>[^']*)')""", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Attribute();
}
