namespace Nalytiq.Cli.Jupyter;

/// <summary>The kernel's channels (the heartbeat never reaches message handling).</summary>
internal enum KernelChannel
{
    Shell,
    Control,
    Stdin,
    Iopub,
}
