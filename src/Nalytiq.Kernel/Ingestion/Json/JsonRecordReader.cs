using System.Text;
using System.Text.Json;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// Reads JSON records token by token with <see cref="Utf8JsonReader"/> straight into per-path columns of cell
/// positions: no document, no per-row dictionary, no string until a key is new. Nested objects become dotted paths
/// (<c>address.city</c>), arrays keep their JSON text, and columns appear in the order their paths are first met.
/// </summary>
internal sealed partial class JsonRecordReader
{
    /// <summary>How deep arrays and objects may nest; the reader keeps its depth in a bit stack, never on the call stack.</summary>
    public const int MaxDepth = 1024;

    private const string ValueColumn = "value";
    private readonly byte[] _source;
    private readonly JsonPathNode _root = new(string.Empty, string.Empty);
    private readonly Dictionary<string, JsonColumn> _byPath = new(StringComparer.Ordinal);
    private readonly Stack<(JsonPathNode Parent, JsonPathNode? Previous)> _parents = new();
    private readonly List<int> _loneSurrogates = [];
    private byte[] _unescaped = new byte[1024];
    private int _unescapedLength;
    private long _lastTokenEnd;

    public JsonRecordReader(byte[] source, JsonRepairLog repairs)
    {
        _source = source;
        Repairs = repairs;
    }

    public static JsonReaderOptions Options { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Allow,
        MaxDepth = MaxDepth,
    };

    public List<JsonColumn> Columns { get; } = [];

    public int Rows { get; private set; }

    public JsonRepairLog Repairs { get; }

    /// <summary>The unescaped strings that cells marked <see cref="JsonCell.Unescaped"/> point into.</summary>
    public byte[] UnescapedText => _unescaped;

    /// <summary>Where the span the current <see cref="Utf8JsonReader"/> reads starts in the source.</summary>
    public int Base { get; set; }

    /// <summary>Reads the next token that is not a comment, counting comments; false at the end of the input.</summary>
    public bool Next(ref Utf8JsonReader reader)
    {
        _lastTokenEnd = reader.BytesConsumed;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.Comment)
                {
                    return true;
                }

                Repairs.Comment(Base + (int)reader.TokenStartIndex);
            }

            return false;
        }
        catch (JsonException) when (reader.CurrentDepth >= MaxDepth - 1)
        {
            throw Repairs.Error(Base + (int)reader.BytesConsumed, "Json_TooDeep", MaxDepth);
        }
    }

    /// <summary>Reads one record whose first token is current; anything but an object becomes a <c>value</c> cell.</summary>
    public void ReadRecord(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            ReadObject(ref reader);
        }
        else
        {
            var node = _root.Child(ValueColumn);
            ReadValue(ref reader, node, Base + (int)reader.TokenStartIndex);
        }

        Rows++;
    }

    private void ReadObject(ref Utf8JsonReader reader)
    {
        _parents.Clear();
        var parent = _root;
        JsonPathNode? previous = null;
        Next(ref reader);
        while (true)
        {
            if (reader.TokenType == JsonTokenType.EndObject)
            {
                CheckTrailingComma(ref reader);
                if (_parents.Count == 0)
                {
                    return;
                }

                (parent, previous) = _parents.Pop();
                Next(ref reader);
                continue;
            }

            var keyOffset = Base + (int)reader.TokenStartIndex;
            var node = Child(ref reader, parent, previous, keyOffset);
            previous = node;
            Next(ref reader);
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                Next(ref reader);
                if (reader.TokenType == JsonTokenType.EndObject)
                {
                    // An empty object is a missing value, as null is.
                    ColumnFor(node, keyOffset);
                    Next(ref reader);
                    continue;
                }

                _parents.Push((parent, previous));
                (parent, previous) = (node, null);
                continue;
            }

            ReadValue(ref reader, node, keyOffset);
            Next(ref reader);
        }
    }

    private JsonPathNode Child(ref Utf8JsonReader reader, JsonPathNode parent, JsonPathNode? previous, int keyOffset)
    {
        var predicted = previous is null ? parent.FirstChild : previous.Next;
        if (predicted is not null && !reader.ValueIsEscaped && reader.ValueSpan.SequenceEqual(predicted.Key))
        {
            return predicted;
        }

        var key = reader.ValueIsEscaped
            ? Encoding.UTF8.GetString(Unescape(reader.ValueSpan, keyOffset + 1))
            : Encoding.UTF8.GetString(reader.ValueSpan);
        var node = parent.Child(key);
        if (previous is null)
        {
            parent.FirstChild = node;
        }
        else
        {
            previous.Next = node;
        }

        return node;
    }
}
