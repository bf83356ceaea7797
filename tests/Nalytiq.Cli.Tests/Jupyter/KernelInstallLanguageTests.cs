using System.Text.Json.Nodes;
using Nalytiq.Cli.Jupyter;
using Nalytiq.Cli.Jupyter.Install;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

/// <summary><c>nalytiq kernel install --lang</c> and <c>nalytiq kernel --help</c>.</summary>
public sealed class KernelInstallLanguageTests : IDisposable
{
    private readonly string _prefix = Directory.CreateTempSubdirectory("nalytiq-spec-lang-").FullName;

    [Fact]
    public async Task Install_with_lang_sets_NALYTIQ_LANG_in_the_kernelspec_env_and_names_the_language()
    {
        var options = KernelCommandLine.Parse(["kernel", "install", "--lang", "fr", "--prefix", _prefix]);

        var spec = await InstallAsync(options.Spec);

        spec["env"]!.AsObject().Select(e => (e.Key, e.Value!.GetValue<string>())).ShouldBe([("NALYTIQ_LANG", "fr")]);
        spec["display_name"]!.GetValue<string>().ShouldBe("C# (Nalytiq, français)");
    }

    [Fact]
    public async Task Install_without_lang_leaves_the_language_to_the_client_environment()
    {
        var spec = await InstallAsync(KernelCommandLine.Parse(["kernel", "install", "--prefix", _prefix]).Spec);

        spec.AsObject().ContainsKey("env").ShouldBeFalse();
        spec["display_name"]!.GetValue<string>().ShouldBe("C# (Nalytiq)");
    }

    [Theory]
    [InlineData("en", "C# (Nalytiq, English)")]
    [InlineData("rw", "C# (Nalytiq, Ikinyarwanda)")]
    [InlineData("fr-CA", "C# (Nalytiq, français)")]
    public void The_default_display_name_names_the_language_in_that_language(string language, string displayName)
    {
        var options = KernelCommandLine.Parse(["kernel", "install", "--lang", language]);

        options.Spec.Language.ShouldBe(language);
        options.Spec.DisplayName.ShouldBe(displayName);
    }

    [Fact]
    public void A_display_name_given_with_lang_is_kept()
    {
        var options = KernelCommandLine.Parse(["kernel", "install", "--display-name", "C# (équipe)", "--lang", "fr"]);

        options.Spec.DisplayName.ShouldBe("C# (équipe)");
        options.Spec.Language.ShouldBe("fr");
    }

    [Fact]
    public void An_unknown_language_is_a_usage_error_in_the_session_language()
    {
        var error = Should.Throw<UsageException>(() => KernelCommandLine.Parse(["kernel", "install", "--lang", "de"]));

        error.Message.ShouldStartWith("nalytiq kernel: --lang does not accept 'de'. Use one of: en, fr, rw.\nusage: nalytiq kernel");
        error.Localize(Localizer.French).ShouldStartWith("nalytiq kernel : --lang n'accepte pas « de ». Utilisez l'une de ces valeurs : en, fr, rw.\nutilisation :");
        error.Localize(Localizer.Kinyarwanda).ShouldStartWith("nalytiq kernel: --lang ntiyemera 'de'. Koresha kimwe muri ibi: en, fr, rw.\nuko ikoreshwa:");
    }

    [Theory]
    [InlineData("kernel uninstall --lang fr")]
    [InlineData("kernel -f /tmp/k.json --lang fr")]
    [InlineData("kernel install --lang")]
    public void Lang_belongs_to_install_and_needs_a_value(string commandLine) =>
        Should.Throw<UsageException>(() => KernelCommandLine.Parse(commandLine.Split(' ')));

    [Theory]
    [InlineData("kernel --help")]
    [InlineData("kernel -h")]
    [InlineData("kernel install --help")]
    public async Task Help_prints_the_usage_with_lang_and_succeeds(string commandLine)
    {
        var options = KernelCommandLine.Parse(commandLine.Split(' '));
        using var output = new StringWriter();
        using var log = new StringWriter();

        var exitCode = await KernelCli.RunAsync(options, Localizer.French, output, log, default);

        exitCode.ShouldBe(0);
        output.ToString().ShouldStartWith("utilisation : nalytiq kernel --connection-file");
        output.ToString().ShouldContain("[--lang en|fr|rw]");
        log.ToString().ShouldBeEmpty();
    }

    public void Dispose() => Directory.Delete(_prefix, recursive: true);

    private static async Task<JsonNode> InstallAsync(KernelSpecOptions options)
    {
        var directory = await KernelSpecs.InstallAsync(options, ["nalytiq"], default);
        return JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(directory, "kernel.json")))!;
    }
}
