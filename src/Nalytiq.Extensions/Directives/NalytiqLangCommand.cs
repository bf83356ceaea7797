using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!lang</c> magic.</summary>
public sealed class NalytiqLangCommand : KernelDirectiveCommand
{
    /// <summary>The language to switch to (<c>en</c>, <c>fr</c>, <c>rw</c> or a culture such as <c>en-GB</c>); none shows the current one.</summary>
    public string? Language { get; set; }
}
