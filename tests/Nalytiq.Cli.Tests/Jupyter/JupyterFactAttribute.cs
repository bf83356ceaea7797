using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// A test that drives the kernel through the real Jupyter client. Without Python's jupyter_client and nbclient on a
/// developer's machine it is skipped with the install command; under CI (<c>CI</c> set) it always runs, so a missing
/// client fails loudly there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class JupyterFactAttribute : FactAttribute
{
    public JupyterFactAttribute()
    {
        if (JupyterPython.Executable is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Python's jupyter_client and nbclient are not installed: `sudo apt-get install -y {JupyterPython.Packages}` runs these tests (CI always does).";
        }
    }
}
