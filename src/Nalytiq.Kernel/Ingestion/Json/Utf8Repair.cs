using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// Bytes that are not UTF-8 can only remain when the user named UTF-8 (detection falls back to Windows-1252 on its
/// own): each invalid sequence becomes U+FFFD, reported with its place, rather than failing deep in the reader.
/// </summary>
internal static class Utf8Repair
{
    public static byte[] Replace(byte[] utf8, JsonRepairLog repairs)
    {
        if (Utf8.IsValid(utf8))
        {
            return utf8;
        }

        var output = new ArrayBufferWriter<byte>(utf8.Length + 16);
        var span = utf8.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var status = Rune.DecodeFromUtf8(span[offset..], out var rune, out var consumed);
            if (status != OperationStatus.Done)
            {
                repairs.InvalidByte(offset);
            }

            var destination = output.GetSpan(4);
            output.Advance(rune.EncodeToUtf8(destination));
            offset += consumed;
        }

        return output.WrittenSpan.ToArray();
    }
}
