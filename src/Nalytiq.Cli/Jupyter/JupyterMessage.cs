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

    public string MessageType => Header["msg_type"]?.GetValue<string>() ?? string.Empty;

    public string MessageId => Header["msg_id"]?.GetValue<string>() ?? string.Empty;

    /// <summary>A content field as a boolean, <paramref name="fallback"/> when absent or not a boolean.</summary>
    public bool Flag(string name, bool fallback) =>
        Content[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : fallback;

    /// <summary>A content field as a string, empty when absent.</summary>
    public string Text(string name) =>
        Content[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : string.Empty;
}
