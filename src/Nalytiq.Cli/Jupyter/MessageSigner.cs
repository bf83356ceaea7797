using System.Security.Cryptography;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// HMAC-SHA256 over the header, parent header, metadata and content frames, hex encoded, as the messaging protocol
/// specifies. An empty key means the client asked for no signatures.
/// </summary>
internal sealed class MessageSigner(byte[] key)
{
    public string Sign(IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0)
        {
            return string.Empty;
        }

        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        foreach (var frame in frames)
        {
            hmac.AppendData(frame);
        }

        return Convert.ToHexStringLower(hmac.GetHashAndReset());
    }

    /// <summary>Whether <paramref name="signature"/> signs the frames, compared in constant time.</summary>
    public bool Verify(string signature, IReadOnlyList<byte[]> frames)
    {
        if (key.Length == 0)
        {
            return true;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        var expected = Convert.FromHexString(Sign(frames));
        return CryptographicOperations.FixedTimeEquals(given, expected);
    }
}
