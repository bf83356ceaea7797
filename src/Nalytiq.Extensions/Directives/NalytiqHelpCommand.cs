using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!nalytiq</c> magic.</summary>
public sealed class NalytiqHelpCommand : KernelDirectiveCommand;
