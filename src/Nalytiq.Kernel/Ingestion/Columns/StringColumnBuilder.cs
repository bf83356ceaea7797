using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Text cells, repeated values sharing one instance; missing cells are null.</summary>
internal sealed class StringColumnBuilder(int capacity) : ColumnBuilder
{
    private readonly StringInterner _interner = new();
    private string?[] _values = new string?[Math.Max(capacity, 16)];

    public override ColumnKind Kind => ColumnKind.String;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public override bool TryAppend(ReadOnlySpan<char> text)
    {
        if (MissingValues.IsMissing(text))
        {
            AppendMissing();
        }
        else
        {
            Add(_interner.Intern(text));
        }

        return true;
    }

    /// <summary>Appends typed text exactly (a Parquet string), with no missing-token check.</summary>
    public void AppendExact(string value) => Add(_interner.Intern(value));

    /// <summary>Appends a value as it is (used when the cells are already strings).</summary>
    public void AppendValue(string? value)
    {
        if (value is null || MissingValues.IsMissing(value))
        {
            AppendMissing();
        }
        else
        {
            Add(value);
        }
    }

    public override void AppendMissing()
    {
        Add(null);
        MissingCount++;
    }

    public override ColumnBuilder? Widen() => throw new UnreachableException("Text accepts every cell.");

    public override DataFrameColumn Build(string name)
    {
        // The length constructor sizes the column's list exactly; its null count only moves when a value is replaced,
        // so a missing cell is first set to a value and then to null.
        var column = new StringDataFrameColumn(name, Count);
        for (var i = 0; i < Count; i++)
        {
            var value = _values[i];
            if (value is null)
            {
                column[i] = string.Empty;
            }

            column[i] = value;
        }

        _values = [];
        return column;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(string? value)
    {
        if (Count == _values.Length)
        {
            Array.Resize(ref _values, (int)Math.Min(Array.MaxLength, (long)_values.Length * 2));
        }

        _values[Count++] = value;
    }
}
