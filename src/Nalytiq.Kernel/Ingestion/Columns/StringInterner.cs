using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Makes repeated cells of one column share a single string instance, so low-cardinality columns (country, category)
/// cost one reference a row. A small open-addressing table with a plain multiplicative hash is several times cheaper per
/// lookup than a <see cref="HashSet{T}"/> with randomized hashing; once it is half full it stops growing.
/// </summary>
internal sealed class StringInterner
{
    private const int Slots = 1 << 14;
    private const int MaxEntries = Slots / 2;
    private const int MaxLength = 128;

    private readonly string?[] _table = new string?[Slots];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Intern(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLength)
        {
            return text.ToString();
        }

        var slot = Hash(text) & (Slots - 1);
        while (true)
        {
            var entry = _table[slot];
            if (entry is null)
            {
                var created = text.ToString();
                if (_count < MaxEntries)
                {
                    _table[slot] = created;
                    _count++;
                }

                return created;
            }

            if (text.SequenceEqual(entry))
            {
                return entry;
            }

            slot = (slot + 1) & (Slots - 1);
        }
    }

    // A multiplicative hash over the characters: the cells interned are short, and a hash written here is compiled
    // optimized from the first call, where a library one would run unoptimized code through most of a first load.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> text)
    {
        var hash = (uint)text.Length * 0x9E3779B9u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x01000193u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
