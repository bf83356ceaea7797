namespace Nalytiq.Cli.Jupyter.Install;

/// <summary>The folders Jupyter looks for kernelspecs in, as jupyter_core computes them.</summary>
internal static class JupyterPaths
{
    /// <summary><c>JUPYTER_DATA_DIR</c>, else the platform's user data folder for Jupyter.</summary>
    public static string UserDataDirectory
    {
        get
        {
            if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } configured)
            {
                return Path.GetFullPath(configured);
            }

            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            if (OperatingSystem.IsWindows())
            {
                return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter");
            }

            if (OperatingSystem.IsMacOS())
            {
                return Path.Combine(home, "Library", "Jupyter");
            }

            var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
            return Path.Combine(string.IsNullOrEmpty(xdg) ? Path.Combine(home, ".local", "share") : xdg, "jupyter");
        }
    }

    /// <summary>Every kernels folder in search order: <c>JUPYTER_PATH</c>, the user's, then the system's.</summary>
    public static IEnumerable<string> KernelDirectories()
    {
        var roots = (Environment.GetEnvironmentVariable("JUPYTER_PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append(UserDataDirectory)
            .Concat(OperatingSystem.IsWindows()
                ? [Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.CommonApplicationData), "jupyter")]
                : ["/usr/local/share/jupyter", "/usr/share/jupyter"]);
        return roots.Select(root => Path.Combine(Path.GetFullPath(root), "kernels")).Distinct(StringComparer.Ordinal);
    }
}
