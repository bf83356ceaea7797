using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter.Install;

/// <summary>
/// Where and under which name <c>nalytiq kernel install</c> writes the kernelspec. <see cref="Prefix"/> null means the
/// user's Jupyter data folder (<c>--user</c>).
/// </summary>
internal sealed record KernelSpecOptions
{
    public const string DefaultName = "nalytiq";

    public const string DefaultDisplayName = "C# (Nalytiq)";

    private readonly string? _displayName;

    public string Name { get; init; } = DefaultName;

    /// <summary>The name Jupyter lists; by default "C# (Nalytiq)", with the language's own name when there is a <see cref="Language"/>.</summary>
    public string DisplayName
    {
        get => _displayName ?? (Localizer.Parse(Language) is { } text ? text.Format("Kernel_DisplayNameLanguage", text["Language_Name"]) : DefaultDisplayName);
        init => _displayName = value;
    }

    /// <summary>
    /// The <c>NALYTIQ_LANG</c> the kernel's sessions get (<c>en</c>, <c>fr</c>, <c>rw</c>, or a culture of one of them),
    /// written in the kernelspec's <c>env</c>; null leaves the language to the environment the client starts it in.
    /// </summary>
    public string? Language { get; init; }

    public string? Prefix { get; init; }

    /// <summary>The kernels folder these options point at: <c>&lt;prefix&gt;/share/jupyter/kernels</c> or the user's.</summary>
    public string KernelsDirectory => Prefix is null
        ? Path.Combine(JupyterPaths.UserDataDirectory, "kernels")
        : Path.Combine(Path.GetFullPath(Prefix), "share", "jupyter", "kernels");
}
