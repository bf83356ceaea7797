using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace Nalytiq.Assistant.Tests.Loopback;

/// <summary>One answer the loopback server gives, in the shape of OpenAI's chat completions API.</summary>
internal sealed record ScriptedReply(HttpStatusCode Status, string ContentType, IReadOnlyList<string> Chunks)
{
    public TimeSpan Delay { get; init; }

    /// <summary>A pause before each chunk after the first, so a client sees the answer grow.</summary>
    public TimeSpan ChunkDelay { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>A streamed text answer: one SSE event per piece, then the finish, the usage and [DONE].</summary>
    public static ScriptedReply Stream(params string[] pieces) => new(HttpStatusCode.OK, "text/event-stream",
    [
        .. pieces.Select((piece, i) => Event(Chunk(new { role = i == 0 ? "assistant" : null, content = piece }, null))),
        Event(Chunk(new { }, "stop")),
        Event(new { id = "c1", @object = "chat.completion.chunk", created = 1, model = "loopback", choices = Array.Empty<object>(), usage = new { prompt_tokens = 321, completion_tokens = 12, total_tokens = 333 } }),
        "data: [DONE]\n\n",
    ]);

    /// <summary>A streamed tool call of <c>data-{function}</c> with the given arguments.</summary>
    public static ScriptedReply ToolCall(string function, object arguments) => new(HttpStatusCode.OK, "text/event-stream",
    [
        Event(Chunk(new
        {
            role = "assistant",
            tool_calls = new[] { new { index = 0, id = "call_1", type = "function", function = new { name = "data-" + function, arguments = JsonSerializer.Serialize(arguments) } } },
        }, null)),
        Event(Chunk(new { }, "tool_calls")),
        "data: [DONE]\n\n",
    ]);

    public static ScriptedReply Error(HttpStatusCode status, string? retryAfterSeconds = null) =>
        new(status, "application/json", ["{\"error\":{\"message\":\"scripted failure\",\"type\":\"server_error\"}}"])
        {
            Headers = retryAfterSeconds is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds },
        };

    public byte[] Body => Encoding.UTF8.GetBytes(string.Concat(Chunks));

    private static object Chunk(object delta, string? finish) => new
    {
        id = "c1",
        @object = "chat.completion.chunk",
        created = 1,
        model = "loopback",
        choices = new[] { new { index = 0, delta, finish_reason = finish } },
    };

    private static string Event(object payload) =>
        "data: " + JsonSerializer.Serialize(payload, SkipNulls) + "\n\n";

    private static readonly JsonSerializerOptions SkipNulls = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{(int)Status} {ContentType}");
}
