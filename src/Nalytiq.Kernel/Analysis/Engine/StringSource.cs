using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// A text column held as strings: a <see cref="StringDataFrameColumn"/> read in place, or any other column type
/// (Arrow strings, chars, ...) copied once to its invariant text.
/// </summary>
internal sealed class StringSource : ColumnSource
{
    private readonly StringDataFrameColumn? _column;
    private readonly string?[]? _copy;

    public StringSource(StringDataFrameColumn column)
        : base(column.Name, ColumnKind.String, checked((int)column.Length)) => _column = column;

    public StringSource(DataFrameColumn column)
        : base(column.Name, ColumnKind.String, checked((int)column.Length))
    {
        _copy = new string?[Length];
        for (var i = 0; i < _copy.Length; i++)
        {
            _copy[i] = column[i] switch
            {
                null => null,
                IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => other.ToString(),
            };
        }
    }

    /// <summary>The values in row order, null where missing.</summary>
    public IEnumerable<string?> Values => (IEnumerable<string?>?)_copy ?? _column!;

    public string? this[int row] => _copy is null ? _column![row] : _copy[row];

    public override void HashInto(Span<uint> hashes)
    {
        var row = 0;
        foreach (var value in Values)
        {
            hashes[row] = Mix(hashes[row], value is null ? 0U : (uint)value.GetHashCode() + 1);
            row++;
        }
    }

    public override bool RowEquals(int a, int b) => string.Equals(this[a], this[b], StringComparison.Ordinal);

    public override void CountMissingByGroup(ReadOnlySpan<int> ids, Span<long> perGroup)
    {
        var row = 0;
        foreach (var value in Values)
        {
            if (value is null)
            {
                perGroup[ids[row]]++;
            }

            row++;
        }
    }

    public override void GroupIds(Span<int> ids, List<string?> keys)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var missingId = -1;
        var row = 0;
        foreach (var value in Values)
        {
            if (value is null)
            {
                if (missingId < 0)
                {
                    missingId = keys.Count;
                    keys.Add(null);
                }

                ids[row++] = missingId;
                continue;
            }

            if (!seen.TryGetValue(value, out var id))
            {
                id = keys.Count;
                seen.Add(value, id);
                keys.Add(value);
            }

            ids[row++] = id;
        }
    }

    public override long EstimateBytes(ColumnProfile profile)
    {
        // A reference per row plus each distinct string once: the ingestion interns repeated values.
        const int StringOverhead = 22;
        var meanLength = profile.Text?.MeanLength ?? 0;
        return ((long)Length * IntPtr.Size) + (long)(profile.Distinct * (StringOverhead + (2 * meanLength)));
    }
}
