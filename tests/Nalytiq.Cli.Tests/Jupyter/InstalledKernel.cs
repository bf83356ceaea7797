using Nalytiq.Cli.Jupyter.Install;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// The kernelspec of this build, installed with <c>--prefix</c> into a temporary folder that <c>JUPYTER_PATH</c> points
/// Jupyter at, so the tests never touch the user's kernels.
/// </summary>
public sealed class InstalledKernel : IDisposable
{
    public const string Name = "nalytiq-test";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly string _prefix = Directory.CreateTempSubdirectory("nalytiq-kernelspec-").FullName;

    public InstalledKernel() =>
        KernelSpecs.InstallAsync(new KernelSpecOptions { Name = Name, Prefix = _prefix }, KernelSpecs.CurrentProgram(), default).GetAwaiter().GetResult();

    /// <summary>Runs a client script of <c>Jupyter/</c> against the kernel, in <paramref name="workingDirectory"/>.</summary>
    public Task<(int ExitCode, string Output)> RunAsync(string script, string workingDirectory, params string[] arguments) =>
        JupyterPython.RunAsync(
            script,
            [Name, .. arguments],
            workingDirectory,
            new Dictionary<string, string> { ["JUPYTER_PATH"] = Path.Combine(_prefix, "share", "jupyter"), ["PYTHONUNBUFFERED"] = "1" },
            Timeout);

    public void Dispose() => Directory.Delete(_prefix, recursive: true);
}
