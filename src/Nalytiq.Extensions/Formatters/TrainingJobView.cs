using Nalytiq.Jobs;

namespace Nalytiq.Extensions.Formatters;

/// <summary>What <c>#!train --background</c> answers at once: the job it queued.</summary>
/// <param name="Job">The job as queued.</param>
/// <param name="Dataset">The frame's variable name.</param>
/// <param name="Label">The column being predicted.</param>
internal sealed record TrainingJobView(JobSnapshot Job, string Dataset, string Label);
