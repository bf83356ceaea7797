namespace Nalytiq.Cli.Jupyter;

/// <summary>The <c>nalytiq kernel</c> subcommands.</summary>
internal enum KernelCliAction
{
    Serve,
    Install,
    List,
    Uninstall,
    Help,
}
