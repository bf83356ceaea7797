using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>How statuses are spelled in the database.</summary>
internal static class RunStatuses
{
    public static string ToText(RunStatus status) => status switch
    {
        RunStatus.Running => "running",
        RunStatus.Completed => "completed",
        RunStatus.Failed => "failed",
        RunStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static RunStatus Parse(string text) => text switch
    {
        "running" => RunStatus.Running,
        "completed" => RunStatus.Completed,
        "failed" => RunStatus.Failed,
        "cancelled" => RunStatus.Cancelled,
        _ => throw new RunStoreException(new LocalizedText("Runs_UnknownStatus", text)),
    };
}
