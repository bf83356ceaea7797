using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The output of <c>#!runs --compare</c>.</summary>
/// <param name="Comparison">The runs side by side.</param>
internal sealed record RunComparisonView(RunComparison Comparison);
