using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>One message of the Jupyter messaging protocol, with the routing identities it came with or goes to.</summary>
internal sealed record JupyterMessage(
    IReadOnlyList<byte[]> Identities,
    JsonObject Header,
    JsonObject ParentHeader,
    JsonObject Metadata,
    JsonObject Content)
{
    public IReadOnlyList<byte[]> Buffers { get; init; } = [];

    /// <summary>
    /// The order the kernel received the message in, counted on the socket thread (0 for messages the kernel sends):
    /// it tells a request queued before an event from one a client sent after seeing its result.
    /// </summary>
    public long Arrival { get; init; }

    public string MessageType => Field(Header, "msg_type");

    public string MessageId => Field(Header, "msg_id");

    /// <summary>A content field as a boolean, <paramref name="fallback"/> when absent or not a boolean.</summary>
    public bool Flag(string name, bool fallback) =>
        Content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    /// <summary>A content field as an integer, null when absent or not an integer.</summary>
    public int? Number(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    /// <summary>A content field as a string, empty when absent.</summary>
    public string Text(string name) => Field(Content, name);

    // A client's message is untrusted input even when signed: a field of the wrong type reads as empty, never throws.
    private static string Field(JsonObject json, string name) =>
        json[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
