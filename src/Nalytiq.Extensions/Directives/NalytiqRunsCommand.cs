using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!runs</c> magic.</summary>
public sealed class NalytiqRunsCommand : KernelDirectiveCommand
{
    /// <summary>Only runs of this experiment.</summary>
    public string? Experiment { get; set; }

    /// <summary>Comma-separated run ids (or prefixes, or names) to show side by side.</summary>
    public string? Compare { get; set; }

    /// <summary>Show the best run.</summary>
    public bool Best { get; set; }

    /// <summary>The metric to rank by (by default the runs' headline metric).</summary>
    public string? Metric { get; set; }
}
