using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Nalytiq.Cli.Jupyter;

/// <summary><c>complete_request</c>, answered by the C# kernel's completions (Roslyn, and magic commands).</summary>
internal sealed partial class KernelServer
{
    private async Task CompleteAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = new CodeCursor(code);
        var position = request.Number("cursor_pos") ?? cursor.End;
        var result = await kernel.Root.SendAsync(new RequestCompletions(code, cursor.ToLinePosition(position))).ConfigureAwait(false);
        var produced = result.Events.OfType<CompletionsProduced>().FirstOrDefault();
        var (start, end) = produced?.LinePositionSpan is { } span
            ? (cursor.ToCodePoints(span.Start), cursor.ToCodePoints(span.End))
            : (cursor.WordStart(position), position);

        // Jupyter clients insert matches as they are and show them unfiltered: plain names that start with what is typed.
        var typed = cursor.Slice(start, position);
        var matches = (produced?.Completions ?? [])
            .OrderBy(c => c.SortText ?? c.DisplayText, StringComparer.Ordinal)
            .Select(c => (Text: PlainText(c), c.Kind))
            .Where(c => c.Text.Length > 0 && c.Text.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .DistinctBy(c => c.Text, StringComparer.Ordinal)
            .ToList();
        Reply(KernelChannel.Shell, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray([.. matches.Select(m => JsonValue.Create(m.Text))]),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject
            {
                // JupyterLab and VS Code show each match's kind from this list.
                ["_jupyter_types_experimental"] = new JsonArray([.. matches.Select(m =>
                    new JsonObject { ["start"] = start, ["end"] = end, ["text"] = m.Text, ["type"] = m.Kind?.ToLowerInvariant() })]),
            },
        });
    }

    // Method completions are snippets ("WriteLine($1)"): the name is what a Jupyter client can insert.
    private static string PlainText(CompletionItem item)
    {
        var text = item.InsertText ?? item.DisplayText;
        return item.InsertTextFormat == InsertTextFormat.Snippet ? text.Split('$')[0].TrimEnd('(', '<', '{') : text;
    }
}
