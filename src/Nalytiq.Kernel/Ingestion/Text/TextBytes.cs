using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Text;

/// <summary>A whole text file read once: its fingerprint, and its content as UTF-8 whatever the file's encoding.</summary>
internal static class TextBytes
{
    private const int ChunkBytes = 1 << 22;

    /// <summary>
    /// The whole file, read a few MiB at a time so that a cancelled upload stops between chunks instead of after reading
    /// hundreds of MiB in one call.
    /// </summary>
    public static byte[] ReadFile(string path, CancellationToken cancellationToken)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        var length = file.Length;
        if (length > Array.MaxLength)
        {
            // Too large for one array: the runtime's own read fails with its own message, as before.
            return File.ReadAllBytes(path);
        }

        var content = GC.AllocateUninitializedArray<byte>((int)length);
        var read = 0;
        while (read < content.Length)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = file.Read(content, read, Math.Min(ChunkBytes, content.Length - read));
            if (count == 0)
            {
                // The file shrank while being read: an error (a read failure for the user), never a silently shorter file.
                throw new EndOfStreamException();
            }

            read += count;
        }

        return content;
    }

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
