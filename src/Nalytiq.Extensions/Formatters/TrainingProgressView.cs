using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The live display of <c>#!train</c> while it runs.</summary>
/// <param name="Dataset">The frame's variable name.</param>
/// <param name="Label">The column being predicted.</param>
/// <param name="Latest">The latest progress report, if any yet.</param>
/// <param name="TimeBudget">The sweep's budget.</param>
/// <param name="Elapsed">Time since the command started.</param>
internal sealed record TrainingProgressView(string Dataset, string Label, TrainingProgress? Latest, TimeSpan TimeBudget, TimeSpan Elapsed);
