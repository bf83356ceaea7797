using System.Text;
using System.Text.Unicode;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Text;

/// <summary>Detects and resolves the text encoding of a file from its first bytes.</summary>
internal static class TextEncodings
{
    private const int Windows1252CodePage = 1252;

    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    // Spellings analysts use (Python's and Excel's names) that the framework does not know.
    private static Dictionary<string, string> Aliases { get; } = new(StringComparer.Ordinal)
    {
        ["utf8"] = "utf-8",
        ["utf8sig"] = "utf-8",
        ["utf16"] = "utf-16",
        ["utf16le"] = "utf-16",
        ["utf16be"] = "utf-16BE",
        ["latin1"] = "iso-8859-1",
        ["ansi"] = "windows-1252",
    };

    /// <summary>UTF-8 that throws on invalid bytes, so a late invalid byte can switch the file to Windows-1252.</summary>
    public static Encoding StrictUtf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 => Encoding.GetEncoding(Windows1252CodePage);

    /// <summary>Resolves an encoding the user named, e.g. <c>utf-8</c>, <c>UTF8</c>, <c>latin-1</c> or <c>windows-1252</c>.</summary>
    public static Encoding Resolve(string name, string path)
    {
        _ = Windows1252; // the static constructor registers the code pages before the lookup
        var trimmed = name.Trim();
        try
        {
            return Encoding.GetEncoding(Aliases.GetValueOrDefault(Squeeze(trimmed), trimmed));
        }
        catch (ArgumentException e)
        {
            throw new IngestException(new LocalizedText("Upload_UnknownEncoding", name), path, innerException: e);
        }
    }

    /// <summary>
    /// The encoding of a file whose first bytes are <paramref name="head"/>: a byte-order mark wins, then UTF-8 when
    /// the bytes are valid UTF-8, else Windows-1252 (<paramref name="fellBack"/> is then true).
    /// </summary>
    public static Encoding Detect(ReadOnlySpan<byte> head, bool wholeFile, out bool fellBack)
    {
        fellBack = false;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return StrictUtf8;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }

        if (Utf8.IsValid(wholeFile ? head : TrimIncompleteTail(head)))
        {
            return StrictUtf8;
        }

        fellBack = true;
        return Windows1252;
    }

    /// <summary>The length of the byte-order mark of <paramref name="encoding"/> at the start of <paramref name="head"/>, or 0.</summary>
    public static int PreambleLength(ReadOnlySpan<byte> head, Encoding encoding)
    {
        var preamble = encoding.CodePage == Encoding.UTF8.CodePage ? [0xEF, 0xBB, 0xBF] : encoding.Preamble;
        return head.StartsWith(preamble) ? preamble.Length : 0;
    }

    /// <summary>Whether the encoding stores text in two-byte units (so NUL bytes are expected).</summary>
    public static bool IsWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    /// <summary>The name shown in the dialect: <c>utf-8</c>, <c>utf-16</c>, <c>utf-16BE</c>, <c>windows-1252</c>.</summary>
    public static string DisplayName(Encoding encoding) => encoding.WebName;

    private static string Squeeze(string name) =>
        new([.. name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    // A head cut at an arbitrary byte may end inside a multi-byte sequence; that alone does not make it invalid.
    private static ReadOnlySpan<byte> TrimIncompleteTail(ReadOnlySpan<byte> head)
    {
        for (var back = 1; back <= 3 && back <= head.Length; back++)
        {
            var b = head[^back];
            if ((b & 0xC0) == 0xC0)
            {
                return head[..^back];
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return head;
    }
}
