using System.Text;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// One key in the tree of dotted paths. Records usually repeat their keys in the same order, so each node remembers
/// the key that followed it last time: most keys are recognised by comparing bytes, with no string and no lookup.
/// </summary>
internal sealed class JsonPathNode(string path, string key)
{
    private Dictionary<string, JsonPathNode>? _children;

    public string Path => path;

    /// <summary>The key as UTF-8, compared with the bytes of an unescaped property name.</summary>
    public byte[] Key { get; } = Encoding.UTF8.GetBytes(key);

    /// <summary>The first key of the last object met at this path.</summary>
    public JsonPathNode? FirstChild { get; set; }

    /// <summary>The key that followed this one, under the same parent, the last time.</summary>
    public JsonPathNode? Next { get; set; }

    /// <summary>The column of values met at this path (null until a value that is not a non-empty object).</summary>
    public JsonColumn? Column { get; set; }

    public JsonPathNode Child(string key)
    {
        _children ??= new Dictionary<string, JsonPathNode>(StringComparer.Ordinal);
        if (!_children.TryGetValue(key, out var child))
        {
            child = new JsonPathNode(path.Length == 0 ? key : path + "." + key, key);
            _children[key] = child;
        }

        return child;
    }
}
