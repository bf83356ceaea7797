using System.Globalization;
using Nalytiq.Caching;
using Nalytiq.Localization;

namespace Nalytiq;

/// <summary>How a <see cref="Workbench"/> is set up. <see cref="FromEnvironment"/> gives the notebook defaults.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The folder relative paths are resolved against; by default the current directory.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Where persistent state lives (<c>.nalytiq/</c> next to the notebook unless <c>NALYTIQ_HOME</c> says otherwise).</summary>
    public string HomeDirectory { get; init; } = Path.Combine(Environment.CurrentDirectory, ".nalytiq");

    /// <summary>The language of every output.</summary>
    public Language Language { get; init; } = Language.English;

    /// <summary>The culture numbers and dates are formatted with (e.g. <c>en-GB</c>); null for the language's own.</summary>
    public string? Culture { get; init; }

    /// <summary>The clock used for timings and timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>
    /// The result cache; null means an embedded Garnet server under <c>&lt;HomeDirectory&gt;/cache</c>. The workbench
    /// gives it <see cref="TimeProvider"/>.
    /// </summary>
    public ResultCacheOptions? Cache { get; init; }

    /// <summary>
    /// The defaults for a notebook session: <c>NALYTIQ_HOME</c> for the state folder; for the language, the choice saved
    /// by <c>#!lang</c> in its <c>settings.json</c>, else <c>NALYTIQ_LANG</c>, else the operating system's UI language,
    /// else English.
    /// </summary>
    public static WorkbenchOptions FromEnvironment(string? workingDirectory = null)
    {
        var cwd = Path.GetFullPath(workingDirectory ?? Environment.CurrentDirectory);
        var home = Environment.GetEnvironmentVariable("NALYTIQ_HOME");
        var homeDirectory = string.IsNullOrWhiteSpace(home) ? Path.Combine(cwd, ".nalytiq") : Path.GetFullPath(home, cwd);
        var language = (LanguageSettings.Load(homeDirectory) is { } saved ? Localizer.Parse(saved.Culture ?? saved.Language) : null)
            ?? Localizer.Parse(Environment.GetEnvironmentVariable("NALYTIQ_LANG"))
            ?? Localizer.Parse(CultureInfo.CurrentUICulture.Name)
            ?? Localizer.English;
        return new WorkbenchOptions
        {
            WorkingDirectory = cwd,
            HomeDirectory = homeDirectory,
            Language = language.Language,
            Culture = language.Culture.Name,
            Cache = ResultCacheOptions.FromEnvironment(homeDirectory),
        };
    }
}
