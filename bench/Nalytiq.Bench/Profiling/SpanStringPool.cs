namespace Nalytiq.Bench.Profiling;

/// <summary>
/// Returns one string instance per distinct value, looked up by span so a repeated value allocates nothing: the cheapest
/// way a <c>string</c> column of a low-cardinality field can be held.
/// </summary>
internal sealed class SpanStringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanStringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string Get(ReadOnlySpan<char> value)
    {
        if (_lookup.TryGetValue(value, out var existing))
        {
            return existing;
        }

        var created = value.ToString();
        _strings.Add(created, created);
        return created;
    }
}
