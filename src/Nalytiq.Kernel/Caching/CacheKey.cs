using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nalytiq.Caching;

/// <summary>
/// Names one cached result: what kind of result, over which file content, with which options, by which engine version.
/// A changed file, option or engine version gives a different key, so a stale result is never served.
/// </summary>
public sealed record CacheKey
{
    private static readonly JsonSerializerOptions OptionsJson = new(JsonSerializerDefaults.Web);

    private CacheKey(string kind, string value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>The kind of result, such as <c>profile</c>; it stays readable in the key.</summary>
    public string Kind { get; }

    /// <summary>The key as stored: <c>kind:hash</c>, the hash covering fingerprint, options and engine version.</summary>
    public string Value { get; }

    /// <summary>Builds the key for a result of <paramref name="kind"/>.</summary>
    /// <param name="kind">What is cached, e.g. <c>profile</c> (letters, digits, <c>-</c> and <c>_</c>).</param>
    /// <param name="datasetFingerprint">The content hash of the input (<see cref="Dataset.Fingerprint"/>).</param>
    /// <param name="options">The options that shape the result; hashed through a canonical JSON form.</param>
    /// <param name="engineVersion">The engine version that computes it (<see cref="Workbench.Version"/>).</param>
    public static CacheKey Create<TOptions>(string kind, string datasetFingerprint, TOptions options, string engineVersion)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(datasetFingerprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(engineVersion);
        if (!kind.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException("A cache key kind is made of ASCII letters, digits, '-' and '_'.", nameof(kind));
        }

        var text = string.Join('\n', kind, datasetFingerprint, CanonicalJson(options), engineVersion);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new CacheKey(kind, kind + ":" + hash);
    }

    /// <summary>
    /// The options as JSON with object properties sorted by ordinal name and no whitespace, so equal options give equal
    /// text whatever the declaration order or the machine.
    /// </summary>
    internal static string CanonicalJson<TOptions>(TOptions options)
    {
        var node = JsonSerializer.SerializeToNode(options, OptionsJson);
        return node is null ? "null" : Sorted(node).ToJsonString();
    }

    private static JsonNode Sorted(JsonNode node) => node switch
    {
        JsonObject obj => new JsonObject(obj
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Sorted(item))]),
        _ => node.DeepClone(),
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
