using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace Nalytiq.Cli.Jupyter;

/// <summary><c>inspect_request</c> (Shift+Tab help), answered by the C# kernel's hover text (Roslyn quick info).</summary>
internal sealed partial class KernelServer
{
    private async Task InspectAsync(JupyterMessage request)
    {
        var code = request.Text("code");
        var cursor = new CodeCursor(code);
        var position = request.Number("cursor_pos") ?? cursor.End;

        // Clients send the cursor where it is: in a call's arguments, the help wanted is the method's.
        string? markdown = null;
        foreach (var candidate in cursor.InspectPositions(position))
        {
            var result = await kernel.Root.SendAsync(new RequestHoverText(code, cursor.ToLinePosition(candidate))).ConfigureAwait(false);
            markdown = result.Events.OfType<HoverTextProduced>()
                .SelectMany(h => h.Content)
                .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v.Value))?.Value.ReplaceLineEndings("\n");
            if (markdown is not null)
            {
                break;
            }
        }

        var data = new JsonObject();
        if (markdown is not null)
        {
            data["text/plain"] = HoverText.ToPlainText(markdown);
            data["text/markdown"] = markdown;
        }

        Reply(KernelChannel.Shell, request, "inspect_reply", new JsonObject
        {
            ["status"] = "ok",
            ["found"] = markdown is not null,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        });
    }
}
