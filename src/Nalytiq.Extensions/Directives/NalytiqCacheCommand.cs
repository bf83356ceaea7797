using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!cache</c> magic.</summary>
public sealed class NalytiqCacheCommand : KernelDirectiveCommand
{
    /// <summary>Empty Nalytiq's entries.</summary>
    public bool Clear { get; set; }
}
