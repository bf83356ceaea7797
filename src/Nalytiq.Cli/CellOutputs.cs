using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Cli;

/// <summary>Turns the events of one cell into notebook outputs, applying live updates to the display they replace.</summary>
internal sealed class CellOutputs
{
    private readonly List<InteractiveDocumentOutputElement> _outputs = [];
    private readonly Dictionary<string, int> _displays = new(StringComparer.Ordinal);

    public IReadOnlyList<InteractiveDocumentOutputElement> Outputs => _outputs;

    public string? Error { get; private set; }

    /// <summary>The failure's exception type name (<c>Error</c> when the kernel gives none).</summary>
    public string? ErrorName { get; private set; }

    public void Add(KernelEvent e, int executionOrder)
    {
        switch (e)
        {
            case ReturnValueProduced { Value: DisplayedValue }:
                break;
            case ReturnValueProduced value:
                var result = new ReturnValueElement { ExecutionOrder = executionOrder };
                foreach (var formatted in value.FormattedValues)
                {
                    result.Data[formatted.MimeType] = formatted.Value;
                }

                _outputs.Add(result);
                break;
            case DisplayedValueUpdated updated when updated.ValueId is { } id && _displays.TryGetValue(id, out var index):
                _outputs[index] = Display(updated.FormattedValues);
                break;
            case DisplayEvent display and (DisplayedValueProduced or DisplayedValueUpdated):
                if (display.ValueId is { } valueId)
                {
                    _displays[valueId] = _outputs.Count;
                }

                _outputs.Add(Display(display.FormattedValues));
                break;
            case StandardOutputValueProduced stdout:
                _outputs.Add(new TextElement(Text(stdout.FormattedValues), "stdout"));
                break;
            case StandardErrorValueProduced stderr:
                _outputs.Add(new TextElement(Text(stderr.FormattedValues), "stderr"));
                break;
            case ErrorProduced error:
                _outputs.Add(new TextElement(error.Message, "stderr"));
                break;
            case CommandFailed failed:
                Error = failed.Message;
                ErrorName = failed.Exception?.GetType().Name ?? "Error";
                _outputs.Add(new ErrorElement(failed.Message, ErrorName, [failed.Message]));
                break;
        }
    }

    private static DisplayElement Display(IReadOnlyCollection<FormattedValue> values) =>
        new(values.Where(v => !v.SuppressDisplay).GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => (object)g.First().Value));

    private static string Text(IReadOnlyCollection<FormattedValue> values) =>
        values.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? values.FirstOrDefault()?.Value ?? string.Empty;
}
