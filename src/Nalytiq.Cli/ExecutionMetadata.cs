using System.Globalization;
using Nalytiq.Cli.Parameters;

namespace Nalytiq.Cli;

/// <summary>
/// What the executed <c>.ipynb</c> records about the run, under <c>metadata.nalytiq</c> of each code cell and of the
/// notebook, with papermill's field names where they exist (start, end, duration in seconds, status, exception).
/// </summary>
internal static class ExecutionMetadata
{
    public const string Key = "nalytiq";

    public static Dictionary<string, object> ForCell(CellRun run)
    {
        var metadata = new Dictionary<string, object> { ["status"] = Status(run.Status) };
        if (run.Start is { } start && run.End is { } end)
        {
            metadata["start"] = Timestamp(start);
            metadata["end"] = Timestamp(end);
            metadata["duration"] = Seconds(run.Duration);
        }

        metadata["exception"] = run.Status == CellStatus.Failed
            ? new Dictionary<string, object> { ["name"] = run.ErrorName ?? "Error", ["message"] = run.Error ?? string.Empty }
            : null!;
        return metadata;
    }

    public static Dictionary<string, object> ForNotebook(NotebookRun run, string version)
    {
        var failures = run.Failures.ToList();
        return new Dictionary<string, object>
        {
            ["version"] = version,
            ["input_path"] = run.Notebook,
            ["language"] = Localization.Localizer.For(run.Language).Code,
            ["parameters"] = run.Parameters.ToDictionary(p => p.Name, p => Json(p.Value)!),
            ["start"] = Timestamp(run.Started),
            ["end"] = Timestamp(run.Ended),
            ["duration"] = Seconds(run.Elapsed),
            ["status"] = failures.Count == 0 ? "completed" : "failed",
            ["cells"] = new Dictionary<string, object>
            {
                ["code"] = run.CodeCells,
                ["completed"] = run.Cells.Count(c => c?.Status == CellStatus.Completed),
                ["failed"] = failures.Count,
                ["not_run"] = run.Cells.Count(c => c?.Status == CellStatus.NotRun),
            },
            ["exception"] = failures.Count == 0
                ? null!
                : new Dictionary<string, object> { ["cell"] = failures[0].Number, ["name"] = failures[0].ErrorName ?? "Error", ["message"] = failures[0].Error ?? string.Empty },
        };
    }

    public static string Status(CellStatus status) => status switch
    {
        CellStatus.Completed => "completed",
        CellStatus.Failed => "failed",
        _ => "not-run",
    };

    private static string Timestamp(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static double Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 3);

    /// <summary>JSON has no infinity or NaN: those are kept as the C# literal text.</summary>
    private static object? Json(object? value) => value switch
    {
        double number when !double.IsFinite(number) => CSharpLiterals.Double(number),
        IReadOnlyList<object?> list => list.Select(Json).ToList(),
        _ => value,
    };
}
