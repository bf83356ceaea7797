using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary><c>history_request</c>: <c>tail</c>, <c>range</c> and <c>search</c> over the cells kept by <see cref="KernelHistory"/>.</summary>
internal sealed partial class KernelServer
{
    private KernelHistory? _history;

    private KernelHistory History => _history ??= KernelHistory.Open(kernel.Options.HomeDirectory, clock, Log);

    private void AnswerHistory(JupyterMessage request)
    {
        var entries = request.Text("hist_access_type") switch
        {
            "tail" => History.Tail(request.Number("n") ?? 10),
            "range" => History.Range(request.Number("session") ?? 0, request.Number("start") ?? 0, request.Number("stop")),
            "search" => History.Search(request.Text("pattern") is { Length: > 0 } pattern ? pattern : "*", request.Flag("unique", false), request.Number("n")),
            _ => [],
        };
        var output = request.Flag("output", false);
        Reply(KernelChannel.Shell, request, "history_reply", new JsonObject
        {
            ["status"] = "ok",
            ["history"] = new JsonArray([.. entries.Select(e => new JsonArray(
                e.Session,
                e.Line,
                output ? new JsonArray(e.Input, e.Output) : (JsonNode)e.Input))]),
        });
    }
}
