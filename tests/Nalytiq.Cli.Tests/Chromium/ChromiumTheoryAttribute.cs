using Xunit;

namespace Nalytiq.Cli.Tests.Chromium;

/// <summary>
/// A theory that needs Debian's Chromium. On a developer's machine without it (the README promises the tests run with
/// only the .NET SDK) it is skipped with the install command; under CI (<c>CI</c> set, as <c>.ci/run</c> does after
/// installing Chromium) it always runs, so a missing browser fails loudly there.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!File.Exists(ChromiumBrowser.ExecutablePath) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Skip = $"Chromium is not installed at {ChromiumBrowser.ExecutablePath}: `sudo apt-get install -y chromium` runs these tests (CI always does).";
        }
    }
}
