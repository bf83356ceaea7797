using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Text;

/// <summary>A whole text file read once: its fingerprint, and its content as UTF-8 whatever the file's encoding.</summary>
internal static class TextBytes
{
    public static byte[] ToUtf8(byte[] content, string path, UploadOptions options, List<LocalizedText> warnings, out Encoding encoding)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(warnings);
        var fellBack = false;
        encoding = options.Encoding is { } name ? TextEncodings.Resolve(name, path) : TextEncodings.Detect(content, wholeFile: true, out fellBack);
        if (fellBack)
        {
            warnings.Add(new LocalizedText("Upload_EncodingFallback"));
        }

        var preamble = TextEncodings.PreambleLength(content, encoding);
        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            return preamble == 0 ? content : content[preamble..];
        }

        var text = encoding.GetString(content, preamble, content.Length - preamble);
        return Encoding.UTF8.GetBytes(text);
    }
}
