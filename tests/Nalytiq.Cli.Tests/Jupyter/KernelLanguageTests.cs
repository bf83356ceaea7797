using System.Text.Json.Nodes;
using Nalytiq.Cli.Jupyter;
using Nalytiq.Cli.Jupyter.Install;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary>
/// The session language of <c>nalytiq kernel</c> as the real jupyter_client sees it (language_client.py): the
/// <c>kernel_info</c> banner and help links follow <c>NALYTIQ_LANG</c>, a kernelspec installed with <c>--lang</c>, and
/// <c>#!lang</c>. Each test installs its own kernelspecs into a temporary prefix.
/// </summary>
[Collection(nameof(JupyterClientGroup))]
public sealed class KernelLanguageTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    private readonly string _prefix = Directory.CreateTempSubdirectory("nalytiq-lang-spec-").FullName;
    private readonly string _directory = Directory.CreateTempSubdirectory("nalytiq-lang-").FullName;

    [JupyterFact]
    public async Task A_kernel_started_with_NALYTIQ_LANG_fr_answers_kernel_info_with_the_french_banner()
    {
        await InstallAsync("kernel", "install", "--name", "nalytiq-lang");

        var shown = await KernelInfoAsync("nalytiq-lang", "banner", "fr");

        shown.ShouldHaveSingleItem().Banner.ShouldBe(KernelInfo.Banner(Localizer.French));
        shown[0].Banner.ShouldContain(" sur .NET ");
        shown[0].HelpLinks.ShouldBe(["Référence du langage C#", "Navigateur d'API .NET"]);
    }

    [JupyterFact]
    public async Task A_kernel_installed_with_lang_rw_speaks_kinyarwanda_whatever_the_client_environment_says()
    {
        await InstallAsync("kernel", "install", "--name", "nalytiq-rw", "--lang", "rw");

        var shown = await KernelInfoAsync("nalytiq-rw", "banner", "en");

        shown.ShouldHaveSingleItem().Banner.ShouldBe(KernelInfo.Banner(Localizer.Kinyarwanda));
        shown[0].Banner.ShouldContain(" kuri .NET ");
    }

    [JupyterFact]
    public async Task The_banner_follows_a_lang_choice_made_in_the_session()
    {
        await InstallAsync("kernel", "install", "--name", "nalytiq-lang");

        var shown = await KernelInfoAsync("nalytiq-lang", "banner_after_lang", "en");

        shown.Select(s => s.Banner).ShouldBe([KernelInfo.Banner(Localizer.English), KernelInfo.Banner(Localizer.Kinyarwanda)]);
    }

    public void Dispose()
    {
        Directory.Delete(_prefix, recursive: true);
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Installs a kernelspec of this build as <c>nalytiq kernel install … --prefix</c> would; returns its folder.</summary>
    private Task<string> InstallAsync(params string[] commandLine)
    {
        var options = KernelCommandLine.Parse([.. commandLine, "--prefix", _prefix]);
        return KernelSpecs.InstallAsync(options.Spec, KernelSpecs.CurrentProgram(), default);
    }

    private async Task<List<(string Banner, string[] HelpLinks)>> KernelInfoAsync(string kernelName, string scenario, string clientLanguage)
    {
        var environment = new Dictionary<string, string>
        {
            ["JUPYTER_PATH"] = Path.Combine(_prefix, "share", "jupyter"),
            ["PYTHONUNBUFFERED"] = "1",
            ["NALYTIQ_LANG"] = clientLanguage,
        };
        var (exitCode, output) = await JupyterPython.RunAsync("language_client.py", [kernelName, scenario], _directory, environment, Timeout);

        exitCode.ShouldBe(0, output);
        output.ShouldContain("OK " + scenario);
        return
        [
            .. output.Split('\n')
                .Where(line => line.StartsWith("KERNEL_INFO ", StringComparison.Ordinal))
                .Select(line => JsonNode.Parse(line["KERNEL_INFO ".Length..])!)
                .Select(info => (info["banner"]!.GetValue<string>(), info["help_links"]!.AsArray().Select(l => l!.GetValue<string>()).ToArray())),
        ];
    }
}
