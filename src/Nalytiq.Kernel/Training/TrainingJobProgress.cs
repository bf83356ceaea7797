using Nalytiq.Jobs;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Turns training progress into a job's progress: time spent against the budget, and what runs now.</summary>
internal sealed class TrainingJobProgress(IProgress<JobProgress> job) : IProgress<TrainingProgress>
{
    public void Report(TrainingProgress value)
    {
        var budget = value.TimeBudget.TotalSeconds;
        var fraction = value.Phase == TrainingPhase.Completed ? 1 : budget > 0 ? Math.Min(0.99, value.Elapsed.TotalSeconds / budget) : (double?)null;
        var status = value.Phase switch
        {
            TrainingPhase.TrialStarted when value.Current is { } trial => new LocalizedText("Train_Phase_TrialStarted", trial.Number),
            TrainingPhase.TrialFinished => new LocalizedText("Train_Phase_TrialFinished", value.Trials.Count),
            _ => new LocalizedText("Train_Phase_" + value.Phase),
        };
        job.Report(new JobProgress(fraction, status));
    }
}
