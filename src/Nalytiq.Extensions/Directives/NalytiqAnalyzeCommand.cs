using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!analyze</c> magic.</summary>
public sealed class NalytiqAnalyzeCommand : KernelDirectiveCommand
{
    /// <summary>The DataFrame variable to profile.</summary>
    public string? Variable { get; set; }

    /// <summary>A column to break key figures down by.</summary>
    public string? By { get; set; }

    /// <summary>A date column to resample over time.</summary>
    public string? Time { get; set; }

    /// <summary><c>day|week|month</c>.</summary>
    public string? Every { get; set; }

    /// <summary>Recompute even when cached.</summary>
    public bool Refresh { get; set; }

    /// <summary>Neither read nor write the cache.</summary>
    public bool NoCache { get; set; }

    /// <summary>A variable to bind the <c>DataProfile</c> to.</summary>
    public string? Name { get; set; }
}
