namespace Nalytiq.Cli.Jupyter.Install;

/// <summary>
/// Where and under which name <c>nalytiq kernel install</c> writes the kernelspec. <see cref="Prefix"/> null means the
/// user's Jupyter data folder (<c>--user</c>).
/// </summary>
internal sealed record KernelSpecOptions
{
    public const string DefaultName = "nalytiq";

    public const string DefaultDisplayName = "C# (Nalytiq)";

    public string Name { get; init; } = DefaultName;

    public string DisplayName { get; init; } = DefaultDisplayName;

    public string? Prefix { get; init; }

    /// <summary>The kernels folder these options point at: <c>&lt;prefix&gt;/share/jupyter/kernels</c> or the user's.</summary>
    public string KernelsDirectory => Prefix is null
        ? Path.Combine(JupyterPaths.UserDataDirectory, "kernels")
        : Path.Combine(Path.GetFullPath(Prefix), "share", "jupyter", "kernels");
}
