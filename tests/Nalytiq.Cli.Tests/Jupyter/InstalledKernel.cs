using System.Text.Json.Nodes;
using Nalytiq.Cli.Jupyter.Install;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// The kernelspec of this build, installed with <c>--prefix</c> into a temporary folder that <c>JUPYTER_PATH</c> points
/// Jupyter at, so the tests never touch the user's kernels.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    public const string Name = "nalytiq-test";

    /// <summary>The same kernel without <c>interrupt_mode</c>: the client interrupts it with SIGINT.</summary>
    public const string SignalName = "nalytiq-test-signal";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly string _prefix = Directory.CreateTempSubdirectory("nalytiq-kernelspec-").FullName;

    public InstalledKernel()
    {
        var directory = KernelSpecs.InstallAsync(new KernelSpecOptions { Name = Name, Prefix = _prefix }, KernelSpecs.CurrentProgram(), default).GetAwaiter().GetResult();
        var signal = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(directory)!, SignalName)).FullName;
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(directory, "kernel.json")))!.AsObject();
        spec.Remove("interrupt_mode");
        File.WriteAllText(Path.Combine(signal, "kernel.json"), spec.ToJsonString());
    }

    /// <summary>Installs this build once more, under another kernelspec name, beside the test kernels.</summary>
    public Task InstallAsAsync(string name) =>
        KernelSpecs.InstallAsync(new KernelSpecOptions { Name = name, Prefix = _prefix }, KernelSpecs.CurrentProgram(), default);

    /// <summary>Runs a client script of <c>Jupyter/</c> against a kernelspec, in <paramref name="workingDirectory"/>.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string script, string kernelName, string workingDirectory, params string[] arguments) =>
        JupyterPython.RunAsync(
            script,
            [kernelName, .. arguments],
            workingDirectory,
            new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(_prefix, "share", "jupyter"), ["PYTHONUNBUFFERED"] = "1" },
            Timeout);

    public void Dispose() => Directory.Delete(_prefix, recursive: true);
}
