using Microsoft.DotNet.Interactive.Documents;

namespace Nalytiq.Cli.Parameters;

/// <summary>
/// Papermill's convention: the cell tagged <c>parameters</c> holds the defaults, and the runner adds a cell tagged
/// <c>injected-parameters</c> right after it. A <c>.dib</c> cell has no metadata, so there the tag is a first line
/// <c>//| tags: [parameters]</c>, Quarto's cell-option syntax.
/// </summary>
internal static class ParameterInjector
{
    public const string ParametersTag = "parameters";
    public const string InjectedTag = "injected-parameters";

    /// <summary>
    /// Inserts the injected cell (replacing one left by an earlier run) and returns its index, or null when there is
    /// nothing to inject. <paramref name="foundDefaults"/> says whether a <c>parameters</c> cell was found; without
    /// one the injected cell goes first.
    /// </summary>
    public static int? Inject(InteractiveDocument document, IReadOnlyList<NotebookParameter> parameters, string comment, out bool foundDefaults)
    {
        var previous = IndexOf(document, InjectedTag);
        if (previous >= 0)
        {
            document.Elements.RemoveAt(previous);
        }

        var defaults = IndexOf(document, ParametersTag);
        foundDefaults = defaults >= 0;
        if (parameters.Count == 0)
        {
            return null;
        }

        var code = ParameterDeclarations.Write(parameters, foundDefaults ? document.Elements[defaults].Contents : null, comment);
        var kernelName = foundDefaults ? document.Elements[defaults].KernelName : "csharp";
        var cell = new InteractiveDocumentElement(code, kernelName ?? "csharp")
        {
            Id = "injected-parameters",
            Metadata = new Dictionary<string, object> { ["tags"] = new[] { InjectedTag } },
        };
        var index = defaults + 1;
        document.Elements.Insert(index, cell);
        return index;
    }

    private static int IndexOf(InteractiveDocument document, string tag)
    {
        for (var index = 0; index < document.Elements.Count; index++)
        {
            if (HasTag(document.Elements[index], tag))
            {
                return index;
            }
        }

        return -1;
    }

    public static bool HasTag(InteractiveDocumentElement element, string tag)
    {
        if (element.Metadata?.TryGetValue("tags", out var tags) == true && tags is IEnumerable<object> list
            && list.Any(t => string.Equals(t?.ToString(), tag, StringComparison.Ordinal)))
        {
            return true;
        }

        var firstLine = element.Contents.TrimStart().Split('\n', 2)[0].Trim();
        return firstLine.StartsWith("//|", StringComparison.Ordinal)
            && firstLine[3..].Trim() is var option
            && option.StartsWith("tags:", StringComparison.Ordinal)
            && option[5..].Trim().Trim('[', ']').Split(',').Any(t => t.Trim().Trim('"', '\'') == tag);
    }
}
