using System.Runtime.InteropServices;
using Nalytiq.Cli.Jupyter.Install;

namespace Nalytiq.Cli.Jupyter;

/// <summary>Runs <c>nalytiq kernel …</c>: serves Jupyter, or manages the kernelspecs that start it.</summary>
internal static class KernelCli
{
    public static async Task<int> RunAsync(KernelCliOptions options, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        switch (options.Action)
        {
            case KernelCliAction.Install:
                var directory = await KernelSpecs.InstallAsync(options.Spec, KernelSpecs.CurrentProgram(), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"Installed kernelspec {options.Spec.Name} in {directory}").ConfigureAwait(false);
                return 0;
            case KernelCliAction.List:
                foreach (var (name, folder) in KernelSpecs.List())
                {
                    await output.WriteLineAsync($"{name,-20} {folder}").ConfigureAwait(false);
                }

                return 0;
            case KernelCliAction.Uninstall:
                if (KernelSpecs.Uninstall(options.Spec))
                {
                    await output.WriteLineAsync($"Removed kernelspec {options.Spec.Name} from {options.Spec.KernelsDirectory}").ConfigureAwait(false);
                    return 0;
                }

                await log.WriteLineAsync($"No Nalytiq kernelspec named {options.Spec.Name} in {options.Spec.KernelsDirectory}").ConfigureAwait(false);
                return 1;
            default:
                return await ServeAsync(options.ConnectionFile!, log, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<int> ServeAsync(string connectionFile, TextWriter log, CancellationToken cancellationToken)
    {
        var connection = await ConnectionInfo.ReadAsync(connectionFile, cancellationToken).ConfigureAwait(false);

        // Jupyter starts the kernel in the notebook's folder: relative paths in cells resolve from there.
        var options = WorkbenchOptions.FromEnvironment(Environment.CurrentDirectory);
        using var kernel = NotebookKernel.Create(options);
        var server = new KernelServer(connection, kernel, log, options.TimeProvider);

        // A client without interrupt_mode "message" interrupts with SIGINT: it interrupts the cell, not the kernel.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            context.Cancel = true;
            server.Interrupt();
        });
        await server.RunAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }
}
