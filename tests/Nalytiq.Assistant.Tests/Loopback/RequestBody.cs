using System.Text.Json;

namespace Nalytiq.Assistant.Tests.Loopback;

/// <summary>Reads what a chat completions request carried: the messages' text, unescaped.</summary>
internal static class RequestBody
{
    public static IReadOnlyList<(string Role, string Content)> Messages(string body)
    {
        using var document = JsonDocument.Parse(body);
        return [.. document.RootElement.GetProperty("messages").EnumerateArray().Select(m => (
            m.GetProperty("role").GetString() ?? string.Empty,
            m.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String ? content.GetString() ?? string.Empty : string.Empty))];
    }

    /// <summary>All message text of a request, joined.</summary>
    public static string Text(string body) => string.Join("\n", Messages(body).Select(m => m.Content));

    /// <summary>The content of the last tool message (a tool result sent back to the model).</summary>
    public static string? ToolResult(string body) => Messages(body).LastOrDefault(m => m.Role == "tool").Content;
}
