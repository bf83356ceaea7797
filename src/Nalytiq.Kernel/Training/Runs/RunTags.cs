namespace Nalytiq.Training;

/// <summary>Tag keys the store and the notebook views understand.</summary>
public static class RunTags
{
    /// <summary>The metric that sums the run up (e.g. <c>auc</c>, <c>r2</c>): shown first, and what "best" ranks by by default.</summary>
    public const string HeadlineMetric = "nalytiq.headline_metric";

    /// <summary>The task, e.g. <c>binary</c>, <c>multiclass</c>, <c>regression</c>.</summary>
    public const string Task = "nalytiq.task";

    /// <summary>The label column.</summary>
    public const string Label = "nalytiq.label";

    /// <summary>The artifact holding the model, relative to the run's folder (e.g. <c>model.zip</c>).</summary>
    public const string ModelArtifact = "nalytiq.model";

    /// <summary>Set by <see cref="RunStore.MarkAbandonedAsync"/>: <c>process</c> or <c>session</c>, whichever went away.</summary>
    public const string Abandoned = "nalytiq.abandoned";
}
