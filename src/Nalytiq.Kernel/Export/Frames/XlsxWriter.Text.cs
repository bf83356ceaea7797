namespace Nalytiq.Export.Frames;

internal sealed partial class XlsxWriter
{
    /// <summary>
    /// An inline string cell. XML would turn a bare carriage return into a line feed and forbids most control
    /// characters: the first is written as a character reference, the others in SpreadsheetML's <c>_xHHHH_</c> form.
    /// </summary>
    private static void WriteInlineString(Utf8Sink sink, string value)
    {
        var preserve = value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        sink.Write(preserve ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">"u8 : " t=\"inlineStr\"><is><t>"u8);
        var span = value.AsSpan();
        while (!span.IsEmpty)
        {
            var next = IndexOfSpecial(span);
            if (next < 0)
            {
                sink.Write(span);
                break;
            }

            sink.Write(span[..next]);
            var c = span[next];
            switch (c)
            {
                case '&': sink.Write("&amp;"u8); break;
                case '<': sink.Write("&lt;"u8); break;
                case '>': sink.Write("&gt;"u8); break;
                case '\r': sink.Write("&#13;"u8); break;
                default:
                    sink.Write("_x00"u8);
                    sink.Write(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture).AsSpan());
                    sink.Write((byte)'_');
                    break;
            }

            span = span[(next + 1)..];
        }

        sink.Write("</t></is></c>"u8);
    }

    private static int IndexOfSpecial(ReadOnlySpan<char> span)
    {
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (c is '&' or '<' or '>' || (c < ' ' && c is not '\t' and not '\n'))
            {
                return i;
            }
        }

        return -1;
    }
}
