using System.Diagnostics;
using System.Text;

namespace Nalytiq.Host.Tests;

/// <summary>Runs a build tool to completion and fails loudly, with its output, when it does not succeed.</summary>
internal static class CommandLine
{
    public static async Task<string> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        // The first-run banners of the SDK and of the tool would otherwise land in the captured output.
        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";

        var output = new StringBuilder();
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{Describe(startInfo)}' did not finish within {timeout}.{Environment.NewLine}{Snapshot(output)}");
        }

        // The parameterless wait drains the redirected streams after the exit.
        process.WaitForExit();
        return process.ExitCode == 0
            ? Snapshot(output)
            : throw new InvalidOperationException(
                $"'{Describe(startInfo)}' exited with {process.ExitCode}.{Environment.NewLine}{Snapshot(output)}");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string Describe(ProcessStartInfo startInfo) =>
        $"{startInfo.FileName} {string.Join(' ', startInfo.ArgumentList)} (in {startInfo.WorkingDirectory})";
}
