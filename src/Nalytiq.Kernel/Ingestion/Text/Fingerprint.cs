using System.IO.Hashing;

namespace Nalytiq.Ingestion.Text;

/// <summary>The dataset fingerprint: XxHash128 of the whole file content, as lowercase hex.</summary>
internal static class Fingerprint
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));

    /// <summary>The fingerprint of a file, streamed from disk (for readers that never hold the file in memory).</summary>
    public static async Task<string> OfFileAsync(string path, CancellationToken cancellationToken)
    {
        var hash = new XxHash128();
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            await hash.AppendAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}
