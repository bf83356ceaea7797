namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Makes repeated cells of one column share a single string instance. Low-cardinality columns (country, category)
/// then cost one reference a row; once a column shows many distinct values the interner stops growing.
/// </summary>
internal sealed class StringInterner
{
    private const int MaxEntries = 16_384;
    private const int MaxLength = 128;

    private readonly HashSet<string> _strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public StringInterner() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        if (_lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = text.ToString();
        if (_strings.Count < MaxEntries)
        {
            _strings.Add(created);
        }

        return created;
    }
}
