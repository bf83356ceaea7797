using Nalytiq.Cli;

// The console the runner reports on is opened on the real stderr: the kernel redirects Console.Out while cells run.
var console = CliConsole.Create(
    CliConsole.ModeFrom(args),
    new StreamWriter(Console.OpenStandardError()) { AutoFlush = true },
    Console.IsErrorRedirected,
    Environment.GetEnvironmentVariable("NO_COLOR"));
using var cancellation = new CancellationTokenSource();
if (args is not ["kernel", ..])
{
    // As a Jupyter kernel, Ctrl+C interrupts the running cell instead (KernelCli).
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancellation.Cancel();
    };
}

return await CliApp.RunAsync(args, console, cancellation.Token);
