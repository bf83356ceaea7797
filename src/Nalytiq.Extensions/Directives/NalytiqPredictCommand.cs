using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!predict</c> magic.</summary>
public sealed class NalytiqPredictCommand : KernelDirectiveCommand
{
    /// <summary>The DataFrame variable to score.</summary>
    public string? Variable { get; set; }

    /// <summary><c>latest</c>, <c>best</c>, a run id or prefix, or a run name.</summary>
    public string? Run { get; set; }

    /// <summary>The metric <c>best</c> ranks by.</summary>
    public string? Metric { get; set; }

    /// <summary>The variable to bind the scored frame to.</summary>
    public string? Name { get; set; }
}
