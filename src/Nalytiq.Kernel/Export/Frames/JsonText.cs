using System.Runtime.CompilerServices;

namespace Nalytiq.Export.Frames;

/// <summary>
/// JSON string escaping straight into UTF-8: quotes, backslashes and control characters escaped, everything else
/// (accents, Kinyarwanda, emoji) kept as readable UTF-8, which JSON allows.
/// </summary>
internal static class JsonText
{
    private static readonly byte[] Hex = "0123456789abcdef"u8.ToArray();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void WriteString(Utf8Sink sink, ReadOnlySpan<char> value)
    {
        sink.Write((byte)'"');
        while (!value.IsEmpty)
        {
            var plain = IndexOfEscape(value);
            if (plain < 0)
            {
                sink.Write(value);
                break;
            }

            sink.Write(value[..plain]);
            WriteEscape(sink, value[plain]);
            value = value[(plain + 1)..];
        }

        sink.Write((byte)'"');
    }

    /// <summary>Encodes a property name once, quoted and followed by a colon.</summary>
    public static byte[] PropertyName(string name)
    {
        using var stream = new MemoryStream();
        var sink = new Utf8Sink(stream, 256);
        WriteString(sink, name);
        sink.Write((byte)':');
        sink.Flush();
        return stream.ToArray();
    }

    private static int IndexOfEscape(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < ' ' || c == '"' || c == '\\')
            {
                return i;
            }
        }

        return -1;
    }

    private static void WriteEscape(Utf8Sink sink, char c)
    {
        switch (c)
        {
            case '"': sink.Write("\\\""u8); break;
            case '\\': sink.Write("\\\\"u8); break;
            case '\n': sink.Write("\\n"u8); break;
            case '\r': sink.Write("\\r"u8); break;
            case '\t': sink.Write("\\t"u8); break;
            default:
                var span = sink.GetSpan(6);
                "\\u00"u8.CopyTo(span);
                span[4] = Hex[c >> 4];
                span[5] = Hex[c & 0xF];
                sink.Advance(6);
                break;
        }
    }
}
