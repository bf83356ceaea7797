using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!jobs</c> magic.</summary>
public sealed class NalytiqJobsCommand : KernelDirectiveCommand
{
    /// <summary>A job to cancel.</summary>
    public string? Cancel { get; set; }

    /// <summary>A job to follow live until it ends.</summary>
    public string? Wait { get; set; }
}
