using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The result card of <c>#!train</c>.</summary>
/// <param name="Training">The recorded run and what training produced.</param>
/// <param name="Dataset">The frame's variable name.</param>
internal sealed record TrainingRunView(TrainingRun Training, string Dataset);
