using System.Runtime.InteropServices;
using Nalytiq.Cli.Jupyter.Install;
using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>Runs <c>nalytiq kernel …</c>: serves Jupyter, or manages the kernelspecs that start it.</summary>
internal static class KernelCli
{
    /// <summary>Pool threads started without delay: the long CPU-bound work of a cell, and more for the kernel itself.</summary>
    private const int MinimumWorkerThreads = 16;

    public static Task<int> RunAsync(KernelCliOptions options, TextWriter output, TextWriter log, CancellationToken cancellationToken) =>
        RunAsync(options, SessionText(), output, log, cancellationToken);

    /// <summary>Runs the subcommand; <paramref name="text"/> speaks to the user, <paramref name="log"/> gets the developer's diagnostics.</summary>
    public static async Task<int> RunAsync(KernelCliOptions options, Localizer text, TextWriter output, TextWriter log, CancellationToken cancellationToken)
    {
        switch (options.Action)
        {
            case KernelCliAction.Install:
                var directory = await KernelSpecs.InstallAsync(options.Spec, KernelSpecs.CurrentProgram(), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(text.Format("Kernel_Installed", options.Spec.Name, directory)).ConfigureAwait(false);
                return 0;
            case KernelCliAction.List:
                foreach (var (name, folder) in KernelSpecs.List())
                {
                    await output.WriteLineAsync($"{name,-20} {folder}").ConfigureAwait(false);
                }

                return 0;
            case KernelCliAction.Help:
                await output.WriteLineAsync(text["Kernel_Usage"]).ConfigureAwait(false);
                return 0;
            case KernelCliAction.Uninstall:
                if (KernelSpecs.Uninstall(options.Spec))
                {
                    await output.WriteLineAsync(text.Format("Kernel_Removed", options.Spec.Name, options.Spec.KernelsDirectory)).ConfigureAwait(false);
                    return 0;
                }

                await log.WriteLineAsync(text.Format("Kernel_NotInstalled", options.Spec.Name, options.Spec.KernelsDirectory)).ConfigureAwait(false);
                return 1;
            default:
                return await ServeAsync(options.ConnectionFile!, log, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The language the CLI reports its errors in (<c>NALYTIQ_LANG</c>, else English), as <see cref="CliApp"/> does.</summary>
    private static Localizer SessionText() =>
        Localizer.For(Localizer.ParseLanguage(Environment.GetEnvironmentVariable("NALYTIQ_LANG")) ?? Language.English);

    private static async Task<int> ServeAsync(string connectionFile, TextWriter log, CancellationToken cancellationToken)
    {
        // An upload or a training keeps a pool thread per core busy for seconds: without spare threads, the interrupt and
        // the interrupted cell's reply wait for the pool to grow (0.4 to 2 s measured on two cores).
        ThreadPool.GetMinThreads(out var workers, out var completionPorts);
        ThreadPool.SetMinThreads(Math.Max(workers, MinimumWorkerThreads), completionPorts);
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
