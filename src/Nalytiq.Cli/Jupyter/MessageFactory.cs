using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>Creates the kernel's messages: a header each (protocol 5.3), parented to the request they answer.</summary>
internal sealed class MessageFactory(TimeProvider clock)
{
    public const string ProtocolVersion = "5.3";

    public string Session { get; } = Guid.NewGuid().ToString();

    /// <summary>A reply on the channel the request came in on, routed back to its sender.</summary>
    public JupyterMessage Reply(JupyterMessage request, string messageType, JsonObject content) =>
        new(request.Identities, Header(messageType), Parent(request), [], content);

    /// <summary>A message on iopub, topic <c>kernel.&lt;session&gt;.&lt;type&gt;</c>.</summary>
    public JupyterMessage Publish(JupyterMessage? parent, string messageType, JsonObject content) =>
        new([Encoding.UTF8.GetBytes($"kernel.{Session}.{messageType}")], Header(messageType), parent is null ? [] : Parent(parent), [], content);

    private JsonObject Header(string messageType) => new()
    {
        ["msg_id"] = Guid.NewGuid().ToString(),
        ["session"] = Session,
        ["username"] = "nalytiq",
        ["date"] = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture),
        ["msg_type"] = messageType,
        ["version"] = ProtocolVersion,
    };

    private static JsonObject Parent(JupyterMessage request) => (JsonObject)request.Header.DeepClone();
}
