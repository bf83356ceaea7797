using System.Diagnostics;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// The Python that has Debian's <c>jupyter_client</c> and <c>nbclient</c> (<c>NALYTIQ_PYTHON</c>, else
/// <c>/usr/bin/python3</c>, else <c>python3</c> on PATH), and running the client scripts beside this file with it.
/// </summary>
internal static class JupyterPython
{
    public const string Packages = "python3-jupyter-client python3-nbclient";

    private static readonly Lazy<string?> Found = new(Find);

    public static string? Executable => Found.Value;

    /// <summary>Runs a script of this folder; returns its exit code and everything it printed, the kernel's log included.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string script, IReadOnlyList<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var python = Executable ?? throw new InvalidOperationException($"No Python with jupyter_client and nbclient: apt-get install -y {Packages}");
        var start = new ProcessStartInfo(python)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Jupyter", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, $"timed out after {timeout}");
        }

        // A kernel the script left running would hold the pipes open: don't wait on it forever.
        var output = Task.WhenAll(stdout, stderr);
        if (await Task.WhenAny(output, Task.Delay(TimeSpan.FromSeconds(30))) != output)
        {
            return (process.ExitCode == 0 ? -2 : process.ExitCode, "the script exited but a process it started (a kernel?) still holds its output open");
        }

        return (process.ExitCode, $"{await stdout}\n{await stderr}");
    }

    private static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("NALYTIQ_PYTHON"), "/usr/bin/python3", "python3" };
        return candidates.Where(c => !string.IsNullOrEmpty(c)).FirstOrDefault(HasClients);
    }

    private static bool HasClients(string? python)
    {
        try
        {
            var start = new ProcessStartInfo(python!, ["-c", "import jupyter_client, nbclient"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            return process.WaitForExit(TimeSpan.FromSeconds(60)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
