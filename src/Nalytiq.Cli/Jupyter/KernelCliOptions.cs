using Nalytiq.Cli.Jupyter.Install;

namespace Nalytiq.Cli.Jupyter;

/// <summary>What <c>nalytiq kernel …</c> was asked to do.</summary>
internal sealed record KernelCliOptions(KernelCliAction Action)
{
    /// <summary>The connection file to serve (<see cref="KernelCliAction.Serve"/>).</summary>
    public string? ConnectionFile { get; init; }

    /// <summary>The kernelspec to install or remove.</summary>
    public KernelSpecOptions Spec { get; init; } = new();
}
