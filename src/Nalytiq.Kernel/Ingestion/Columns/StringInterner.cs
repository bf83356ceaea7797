using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Makes repeated cells of one column share a single string instance, so low-cardinality columns (country, category)
/// cost one reference a row. A small open-addressing table hashed with XxHash3 is several times cheaper per lookup than
/// a <see cref="HashSet{T}"/> with randomized hashing; once it is half full it stops growing.
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

        var slot = (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text)) & (Slots - 1);
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
}
