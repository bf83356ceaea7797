using System.Text.Json;

namespace Nalytiq.Ingestion.Json;

/// <summary>Values, repeated keys and the leniencies (trailing commas, escapes) of <see cref="JsonRecordReader"/>.</summary>
internal sealed partial class JsonRecordReader
{
    private void ReadValue(ref Utf8JsonReader reader, JsonPathNode node, int keyOffset)
    {
        var column = ColumnFor(node, keyOffset);
        var start = Base + (int)reader.TokenStartIndex;
        switch (reader.TokenType)
        {
            case JsonTokenType.String when reader.ValueIsEscaped:
                var text = Unescape(reader.ValueSpan, start + 1);
                var at = _unescapedLength;
                _unescapedLength += text.Length;
                column.Add(new JsonCell(Rows, at, text.Length, Unescaped: true));
                break;
            case JsonTokenType.String:
                column.Add(new JsonCell(Rows, start + 1, reader.ValueSpan.Length, Unescaped: false));
                break;
            case JsonTokenType.Number:
                if (!JsonNumbers.Fits(reader.ValueSpan))
                {
                    Repairs.OversizedNumber(column.OversizedNumbers, start);
                }

                column.Add(new JsonCell(Rows, start, reader.ValueSpan.Length, Unescaped: false));
                break;
            case JsonTokenType.True or JsonTokenType.False:
                column.Add(new JsonCell(Rows, start, reader.ValueSpan.Length, Unescaped: false));
                break;
            case JsonTokenType.StartArray:
                // An array stays as its JSON text, exactly as the file writes it.
                var depth = reader.CurrentDepth;
                do
                {
                    Next(ref reader);
                    if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
                    {
                        CheckTrailingComma(ref reader);
                    }
                }
                while (reader.TokenType != JsonTokenType.EndArray || reader.CurrentDepth != depth);

                column.Add(new JsonCell(Rows, start, Base + (int)reader.BytesConsumed - start, Unescaped: false));
                break;
            default:
                // null: the column exists and this row's value is missing.
                break;
        }
    }

    /// <summary>The column for this path in the current row; a path met twice in one record goes to its own column.</summary>
    private JsonColumn ColumnFor(JsonPathNode node, int keyOffset)
    {
        var column = node.Column ??= PrimaryColumn(node.Path);
        if (column.LastRow == Rows)
        {
            Repairs.RepeatedKey(keyOffset, column.Name);
            while (column.LastRow == Rows)
            {
                if (column.Repeat is null)
                {
                    column.Repeat = new JsonColumn(column.Name);
                    Columns.Add(column.Repeat);
                }

                column = column.Repeat;
            }
        }

        column.LastRow = Rows;
        return column;
    }

    private JsonColumn PrimaryColumn(string path)
    {
        if (!_byPath.TryGetValue(path, out var column))
        {
            column = new JsonColumn(path);
            _byPath[path] = column;
            Columns.Add(column);
        }

        return column;
    }

    /// <summary>Unescapes into the shared buffer (after its used part) and reports lone surrogates at their offsets.</summary>
    private ReadOnlySpan<byte> Unescape(ReadOnlySpan<byte> escaped, int offset)
    {
        if (_unescaped.Length - _unescapedLength < escaped.Length)
        {
            Array.Resize(ref _unescaped, (int)Math.Min(Array.MaxLength, Math.Max((long)_unescaped.Length * 2, (long)_unescapedLength + escaped.Length)));
        }

        _loneSurrogates.Clear();
        var length = JsonUnescaper.Unescape(escaped, _unescaped.AsSpan(_unescapedLength), _loneSurrogates);
        foreach (var index in _loneSurrogates)
        {
            Repairs.LoneSurrogate(offset + index);
        }

        return _unescaped.AsSpan(_unescapedLength, length);
    }

    /// <summary>Counts a comma right before a closing bracket (the reader accepts it), looking past comments.</summary>
    public void CheckTrailingComma(ref Utf8JsonReader reader)
    {
        var start = Base + (int)_lastTokenEnd;
        var gap = _source.AsSpan(start, Base + (int)reader.TokenStartIndex - start);
        if (!gap.Contains((byte)','))
        {
            return;
        }

        for (var i = 0; i < gap.Length; i++)
        {
            if (gap[i] == (byte)',')
            {
                Repairs.TrailingComma(start + i);
                return;
            }

            if (gap[i] == (byte)'/' && i + 1 < gap.Length)
            {
                var rest = gap[(i + 2)..];
                var end = gap[i + 1] == (byte)'/' ? rest.IndexOf((byte)'\n') : rest.IndexOf("*/"u8);
                i = end < 0 ? gap.Length : i + 2 + end + (gap[i + 1] == (byte)'/' ? 0 : 1);
            }
        }
    }
}
