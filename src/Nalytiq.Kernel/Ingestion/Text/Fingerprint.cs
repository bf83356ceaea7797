using System.IO.Hashing;

namespace Nalytiq.Ingestion.Text;

/// <summary>The dataset fingerprint: XxHash128 of the whole file content, as lowercase hex.</summary>
internal static class Fingerprint
{
    public static string Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(XxHash128.Hash(content));
}
