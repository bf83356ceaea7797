using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetMQ;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The frames of a message on the wire: <c>&lt;ids&gt;… &lt;IDS|MSG&gt; &lt;hmac&gt; &lt;header&gt; &lt;parent_header&gt;
/// &lt;metadata&gt; &lt;content&gt; [buffers]</c>.
/// </summary>
internal static class WireFormat
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();

    /// <summary>The message the frames carry, or null with the reason it is rejected (malformed, bad signature).</summary>
    public static JupyterMessage? Decode(IReadOnlyList<byte[]> frames, MessageSigner signer, out string? rejection)
    {
        var delimiter = -1;
        for (var i = 0; i < frames.Count; i++)
        {
            if (frames[i].AsSpan().SequenceEqual(Delimiter))
            {
                delimiter = i;
                break;
            }
        }

        if (delimiter < 0 || frames.Count < delimiter + 6)
        {
            rejection = "malformed message (no <IDS|MSG> delimiter or fewer than five frames after it)";
            return null;
        }

        var signed = frames.Skip(delimiter + 2).Take(4).ToArray();
        if (!signer.Verify(Encoding.ASCII.GetString(frames[delimiter + 1]), signed))
        {
            rejection = "invalid signature";
            return null;
        }

        try
        {
            rejection = null;
            return new JupyterMessage(
                frames.Take(delimiter).ToArray(),
                ParseObject(signed[0]),
                ParseObject(signed[1]),
                ParseObject(signed[2]),
                ParseObject(signed[3]))
            {
                Buffers = frames.Skip(delimiter + 6).ToArray(),
            };
        }
        catch (JsonException e)
        {
            rejection = $"malformed JSON ({e.Message})";
            return null;
        }
    }

    public static NetMQMessage Encode(JupyterMessage message, MessageSigner signer)
    {
        byte[][] signed =
        [
            Serialize(message.Header),
            Serialize(message.ParentHeader),
            Serialize(message.Metadata),
            Serialize(message.Content),
        ];
        var frames = new NetMQMessage();
        foreach (var identity in message.Identities)
        {
            frames.Append(identity);
        }

        frames.Append(Delimiter);
        frames.Append(Encoding.ASCII.GetBytes(signer.Sign(signed)));
        foreach (var frame in signed)
        {
            frames.Append(frame);
        }

        foreach (var buffer in message.Buffers)
        {
            frames.Append(buffer);
        }

        return frames;
    }

    private static JsonObject ParseObject(byte[] frame) =>
        frame.Length == 0 ? [] : JsonNode.Parse(frame) as JsonObject ?? [];

    private static byte[] Serialize(JsonObject value) => JsonSerializer.SerializeToUtf8Bytes(value);
}
