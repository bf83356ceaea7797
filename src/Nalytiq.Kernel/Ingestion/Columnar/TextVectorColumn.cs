using System.Globalization;
using System.Text;
using DuckDB.NET.Native;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// A column DuckDB hands over as strings (UTF-8, inlined up to 12 bytes), decoded and interned; times arrive as
/// microseconds and are formatted here. Decimals and wide integers become typed columns only when every value is kept
/// exactly (<see cref="TextConversions"/>).
/// </summary>
internal sealed unsafe class TextVectorColumn(string sourceName, int index, TextMeaning meaning, int scale, int capacity) : VectorColumn(sourceName, index)
{
    private const int InlineLength = 12;
    private const int InternedBytes = 128;

    private readonly StringInterner _interner = new();
    private string?[] _values = new string?[Math.Max(capacity, 16)];
    private ColumnKind _kind = ColumnKind.String;

    public TextMeaning Meaning => meaning;

    public override ColumnKind Kind => _kind;

    public override void Append(IntPtr vector, int rows)
    {
        if (Count + rows > _values.Length)
        {
            Array.Resize(ref _values, Math.Max(Count + rows, (int)Math.Min(Array.MaxLength, (long)_values.Length * 2)));
        }

        var data = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vector);
        var mask = NativeMethods.Vectors.DuckDBVectorGetValidity(vector);
        Span<char> chars = stackalloc char[InternedBytes];
        for (var i = 0; i < rows; i++)
        {
            if (!Validity.IsValid(mask, i))
            {
                _values[Count + i] = null;
                MissingCount++;
                continue;
            }

            _values[Count + i] = Decode(data + (i * 16), chars);
        }

        Count += rows;
    }

    public override DataFrameColumn Build(string name, ParquetRepairs repairs)
    {
        var values = _values.AsSpan(0, Count);
        if (meaning == TextMeaning.Decimal)
        {
            if (TextConversions.TryDoubles(values, scale, out var doubles, out var inexact))
            {
                _kind = ColumnKind.Double;
                return new DoubleDataFrameColumn(name, doubles);
            }

            repairs.Report("Parquet_DecimalAsText", SourceName, Index, inexact);
        }
        else if (meaning == TextMeaning.WideInteger)
        {
            if (TextConversions.TryLongs(values, out var longs, out var outOfRange))
            {
                _kind = ColumnKind.Int64;
                return new Int64DataFrameColumn(name, longs);
            }

            repairs.Report("Parquet_IntegerAsText", SourceName, Index, outOfRange);
        }

        // The length constructor sizes the column exactly; its null count only moves when a value is replaced, so a
        // missing cell is first set to a value and then to null.
        var column = new StringDataFrameColumn(name, Count);
        for (var i = 0; i < Count; i++)
        {
            var value = values[i];
            if (value is null)
            {
                column[i] = string.Empty;
            }

            column[i] = value;
        }

        _values = [];
        return column;
    }

    private string Decode(byte* value, Span<char> chars)
    {
        var length = *(int*)value;
        var bytes = length <= InlineLength ? value + 4 : *(byte**)(value + 8);
        if (length > InternedBytes)
        {
            return Encoding.UTF8.GetString(bytes, length);
        }

        var written = Encoding.UTF8.GetChars(new ReadOnlySpan<byte>(bytes, length), chars);
        return _interner.Intern(chars[..written]);
    }
}
