using Nalytiq.Cli;
using Spectre.Console;

// The console the runner reports on is opened on the real stderr: the kernel redirects Console.Out while cells run.
var console = AnsiConsole.Create(new AnsiConsoleSettings
{
    Out = new AnsiConsoleOutput(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true }),
});
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

return await CliApp.RunAsync(args, console, cancellation.Token);
