using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>Answering requests other than <c>execute_request</c>.</summary>
internal sealed partial class KernelServer
{
    private async Task HandleAsync(KernelChannel channel, JupyterMessage request)
    {
        Status(request, "busy");
        try
        {
            switch (request.MessageType)
            {
                case "execute_request" when channel == KernelChannel.Shell:
                    await ExecuteAsync(request).ConfigureAwait(false);
                    break;
                case "complete_request" when channel == KernelChannel.Shell:
                    await CompleteAsync(request).ConfigureAwait(false);
                    break;
                case "inspect_request" when channel == KernelChannel.Shell:
                    await InspectAsync(request).ConfigureAwait(false);
                    break;
                case "history_request" when channel == KernelChannel.Shell:
                    AnswerHistory(request);
                    break;
                case "kernel_info_request":
                    Reply(channel, request, "kernel_info_reply", KernelInfo.Content(kernel.Text));
                    break;
                case "is_complete_request":
                    var (status, indent) = CompletenessCheck.Check(request.Text("code"));
                    var content = new JsonObject { ["status"] = status };
                    if (indent is not null)
                    {
                        content["indent"] = indent;
                    }

                    Reply(channel, request, "is_complete_reply", content);
                    break;
                case "comm_info_request":
                    Reply(channel, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() });
                    break;
                case "interrupt_request" when channel == KernelChannel.Control:
                    Interrupt();
                    Reply(channel, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                    break;
                case "shutdown_request":
                    var restart = request.Flag("restart", false);
                    Reply(channel, request, "shutdown_reply", new JsonObject { ["status"] = "ok", ["restart"] = restart });
                    Log(restart ? "shutting down for a restart" : "shutting down");
                    _shutdown.TrySetResult();
                    break;
                default:
                    Log($"ignored {request.MessageType} on {Name(channel)}");
                    break;
            }
        }
#pragma warning disable CA1031 // The request boundary: one bad request is logged, the kernel keeps serving.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Log($"{request.MessageType} failed: {e}");
        }
        finally
        {
            Status(request, "idle");
        }
    }
}
