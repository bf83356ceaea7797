using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// Turns the kernel events of one running cell into iopub messages as they happen: <c>stream</c>, <c>display_data</c>
/// (with <c>transient.display_id</c>), <c>update_display_data</c> for live updates, and <c>execute_result</c>, which
/// always carries <c>text/plain</c> beside richer types. Streams are coalesced (<see cref="StreamBuffer"/>); disposing
/// sends what is left. A silent cell publishes nothing. Failures are reported by the caller once the cell has ended.
/// <c>displayed</c> holds the display ids shown so far in any cell: an update may target an earlier cell's display.
/// </summary>
internal sealed class CellPublisher(Action<string, JsonObject> publish, int executionCount, bool silent, ConcurrentDictionary<string, bool> displayed, TimeProvider clock)
    : IObserver<KernelEvent>, IDisposable
{
    private readonly StreamBuffer _streams = new(publish, clock);

    public void OnNext(KernelEvent value)
    {
        if (silent)
        {
            return;
        }

        if (value is not (StandardOutputValueProduced or StandardErrorValueProduced or ErrorProduced))
        {
            // Whatever else the cell shows comes after the text it wrote before.
            _streams.Flush();
        }

        switch (value)
        {
            case ReturnValueProduced { Value: DisplayedValue }:
                break;
            case ReturnValueProduced result:
                var data = Data(result.FormattedValues);
                data[PlainTextFormatter.MimeType] ??= PlainText(result);

                publish("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = data, ["metadata"] = new JsonObject() });
                break;
            // The pinned library's object.Display()/string.DisplayAs() return a DisplayedValue whose id differs from the
            // one shown, so its updates name a display no client has: those are shown as a new display, not lost.
            case DisplayedValueUpdated { ValueId: { } id } updated when displayed.ContainsKey(id):
                publish("update_display_data", Display(updated.FormattedValues, id));
                break;
            case DisplayEvent display and (DisplayedValueProduced or DisplayedValueUpdated):
                if (display.ValueId is { } valueId)
                {
                    displayed.TryAdd(valueId, true);
                }

                publish("display_data", Display(display.FormattedValues, display.ValueId));
                break;
            case StandardOutputValueProduced stdout:
                _streams.Write("stdout", Text(stdout.FormattedValues));
                break;
            case StandardErrorValueProduced stderr:
                _streams.Write("stderr", Text(stderr.FormattedValues));
                break;
            // A refused or interrupted input request is the cell's error itself: not shown twice.
            case ErrorProduced { Command: Microsoft.DotNet.Interactive.Commands.RequestInput }:
                break;
            case ErrorProduced error:
                _streams.Write("stderr", error.Message + "\n");
                break;
        }
    }

    /// <summary>The text/plain of a cell's value: the kernel's when it made one, else the value's display string.</summary>
    public static string PlainText(ReturnValueProduced result) =>
        result.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType && !v.SuppressDisplay)?.Value
            ?? result.Value.ToDisplayString(PlainTextFormatter.MimeType);

    public void OnCompleted()
    {
    }

    public void Dispose() => _streams.Dispose();

    public void OnError(Exception error)
    {
    }

    private static JsonObject Display(IReadOnlyCollection<FormattedValue> values, string? displayId)
    {
        var content = new JsonObject { ["data"] = Data(values), ["metadata"] = new JsonObject() };
        if (displayId is not null)
        {
            content["transient"] = new JsonObject { ["display_id"] = displayId };
        }

        return content;
    }

    private static JsonObject Data(IReadOnlyCollection<FormattedValue> values)
    {
        var data = new JsonObject();
        foreach (var value in values.Where(v => !v.SuppressDisplay))
        {
            if (!data.ContainsKey(value.MimeType))
            {
                data[value.MimeType] = IsJson(value.MimeType) ? ParseJson(value.Value) : value.Value;
            }
        }

        return data;
    }

    // Jupyter carries JSON mime types as JSON, not as a string holding JSON.
    private static bool IsJson(string mimeType) => mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseJson(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return value;
        }
    }

    private static string Text(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? string.Empty;
}
