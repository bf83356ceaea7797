using System.Text;

namespace Nalytiq.Ingestion.Text;

/// <summary>Tells a binary file (an image, a zip, a workbook renamed .csv) from text by its first bytes.</summary>
internal static class BinaryContent
{
    // Text files carry almost no control characters besides tab, CR, LF and form feed; a few percent is already odd.
    private const double MaxControlRatio = 0.05;

    public static bool IsLikelyBinary(ReadOnlySpan<byte> head, Encoding encoding)
    {
        if (head.IsEmpty || TextEncodings.IsWide(encoding))
        {
            return false;
        }

        if (head.Contains((byte)0))
        {
            return true;
        }

        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C))
            {
                controls++;
            }
        }

        return controls > head.Length * MaxControlRatio;
    }
}
