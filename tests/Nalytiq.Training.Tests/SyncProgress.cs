namespace Nalytiq.Training.Tests;

/// <summary>Reports progress on the training thread itself, so a test can react before the next trial starts.</summary>
internal sealed class SyncProgress(Action<TrainingProgress> onReport) : IProgress<TrainingProgress>
{
    public List<TrainingProgress> Reports { get; } = [];

    public void Report(TrainingProgress value)
    {
        Reports.Add(value);
        onReport(value);
    }
}
