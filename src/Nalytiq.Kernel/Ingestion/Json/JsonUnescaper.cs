using System.Text;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// Decodes the escapes of a JSON string the reader has already checked for syntax. A <c>\uD800</c>–<c>\uDFFF</c>
/// escape that is not half of a surrogate pair stands for no character: it becomes U+FFFD and its place is reported,
/// where <see cref="System.Text.Json.Utf8JsonReader.GetString"/> would throw.
/// </summary>
internal static class JsonUnescaper
{
    private static ReadOnlySpan<byte> Replacement => "\uFFFD"u8;

    /// <summary>Writes the UTF-8 of <paramref name="escaped"/> (never longer than it) and lists the lone surrogates' indexes.</summary>
    public static int Unescape(ReadOnlySpan<byte> escaped, Span<byte> destination, List<int> loneSurrogates)
    {
        var written = 0;
        var i = 0;
        while (i < escaped.Length)
        {
            var slash = escaped[i..].IndexOf((byte)'\\');
            var plain = slash < 0 ? escaped.Length - i : slash;
            escaped.Slice(i, plain).CopyTo(destination[written..]);
            written += plain;
            i += plain;
            if (i >= escaped.Length)
            {
                break;
            }

            var kind = escaped[i + 1];
            if (kind != (byte)'u')
            {
                destination[written++] = kind switch
                {
                    (byte)'b' => (byte)'\b',
                    (byte)'f' => (byte)'\f',
                    (byte)'n' => (byte)'\n',
                    (byte)'r' => (byte)'\r',
                    (byte)'t' => (byte)'\t',
                    _ => kind,
                };
                i += 2;
                continue;
            }

            var unit = Hex(escaped.Slice(i + 2, 4));
            if (char.IsHighSurrogate((char)unit) && i + 11 < escaped.Length && escaped[i + 6] == (byte)'\\'
                && escaped[i + 7] == (byte)'u' && char.IsLowSurrogate((char)Hex(escaped.Slice(i + 8, 4))))
            {
                var rune = new Rune((char)unit, (char)Hex(escaped.Slice(i + 8, 4)));
                written += rune.EncodeToUtf8(destination[written..]);
                i += 12;
            }
            else if (char.IsSurrogate((char)unit))
            {
                loneSurrogates.Add(i);
                Replacement.CopyTo(destination[written..]);
                written += Replacement.Length;
                i += 6;
            }
            else
            {
                written += new Rune(unit).EncodeToUtf8(destination[written..]);
                i += 6;
            }
        }

        return written;
    }

    private static int Hex(ReadOnlySpan<byte> digits)
    {
        var value = 0;
        foreach (var digit in digits)
        {
            value = (value << 4) | (digit switch
            {
                >= (byte)'0' and <= (byte)'9' => digit - '0',
                >= (byte)'a' and <= (byte)'f' => digit - 'a' + 10,
                _ => digit - 'A' + 10,
            });
        }

        return value;
    }
}
