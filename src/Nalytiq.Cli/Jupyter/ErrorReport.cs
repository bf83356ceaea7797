using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// A failed cell as Jupyter shows it: <c>ename</c>, a one-line <c>evalue</c>, and a traceback that keeps the notebook's
/// own frames and drops those of the script engine and the async machinery. A refused input request is its message
/// alone: it is about the client, not the code.
/// </summary>
internal sealed record ErrorReport(string Name, string Value, IReadOnlyList<string> Traceback)
{
    private const int MaxValueLength = 300;

    private static readonly string[] FrameworkFrames =
    [
        "at Microsoft.CodeAnalysis.",
        "at Microsoft.DotNet.Interactive.",
        "at System.Runtime.CompilerServices.",
        "at System.Runtime.ExceptionServices.",
        "at System.Threading.",
        "--- End of stack trace from previous location",
        "--- End of inner exception stack trace",
    ];

    /// <summary>An interrupted cell, told in <paramref name="text"/>'s language; the name stays <c>Interrupted</c> for clients.</summary>
    public static ErrorReport Interrupted(Localizer text) =>
        new("Interrupted", text["Kernel_Interrupted"], [text["Kernel_InterruptedTraceback"]]);

    public static ErrorReport From(CommandFailed failed) => failed.Exception switch
    {
        null => new("Error", Short(failed.Message), Lines(failed.Message)),
        CodeSubmissionCompilationErrorException => new("CompilationError", Short(failed.Message), Lines(failed.Message)),
        var e => From(e),
    };

    public static ErrorReport From(Exception exception) => exception is Stdin.StdinNotAllowedException
        ? new(exception.GetType().Name, Short(exception.Message), [exception.Message])
        : new(exception.GetType().Name, Short(exception.Message), [.. Lines(exception.ToString()).Where(line => !FrameworkFrames.Any(line.TrimStart().StartsWith))]);

    public JsonObject ToContent() => new()
    {
        ["ename"] = Name,
        ["evalue"] = Value,
        ["traceback"] = new JsonArray([.. Traceback.Select(line => JsonValue.Create(line))]),
    };

    private static string Short(string message)
    {
        var line = NotebookRunner.FirstLine(message);
        return line.Length > MaxValueLength ? line[..(MaxValueLength - 1)] + "…" : line;
    }

    private static List<string> Lines(string text) => [.. text.ReplaceLineEndings("\n").TrimEnd().Split('\n')];
}
