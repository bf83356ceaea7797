using Nalytiq.Cli.Jupyter;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public class KernelCommandLineTests
{
    [Theory]
    [InlineData("kernel --connection-file /tmp/k.json")]
    [InlineData("kernel -f /tmp/k.json")]
    public void Serving_takes_the_connection_file(string commandLine)
    {
        var options = KernelCommandLine.Parse(commandLine.Split(' '));

        options.Action.ShouldBe(KernelCliAction.Serve);
        options.ConnectionFile.ShouldBe("/tmp/k.json");
    }

    [Fact]
    public void Install_takes_a_name_a_display_name_and_a_prefix()
    {
        var options = KernelCommandLine.Parse(["kernel", "install", "--name", "nalytiq-dev", "--display-name", "C# (dev)", "--prefix", "/opt/env"]);

        options.Action.ShouldBe(KernelCliAction.Install);
        options.Spec.ShouldBe(new() { Name = "nalytiq-dev", DisplayName = "C# (dev)", Prefix = "/opt/env" });
    }

    [Fact]
    public void Install_defaults_to_the_user_folder_and_the_nalytiq_name()
    {
        var options = KernelCommandLine.Parse(["kernel", "install", "--user"]);

        options.Spec.Name.ShouldBe("nalytiq");
        options.Spec.DisplayName.ShouldBe("C# (Nalytiq)");
        options.Spec.Prefix.ShouldBeNull();
    }

    [Theory]
    [InlineData("kernel")]
    [InlineData("kernel -f")]
    [InlineData("kernel install --prefix /x --user")]
    [InlineData("kernel install --name ../escape")]
    [InlineData("kernel uninstall --display-name x")]
    [InlineData("kernel list --bogus")]
    public void A_wrong_command_line_explains_the_usage(string commandLine) =>
        Should.Throw<UsageException>(() => KernelCommandLine.Parse(commandLine.Split(' ')))
            .Message.ShouldContain("nalytiq kernel install");

    [Fact]
    public void A_wrong_command_line_is_explained_in_the_session_language()
    {
        var error = Should.Throw<UsageException>(() => KernelCommandLine.Parse(["kernel", "install", "--prefix", "/x", "--user"]));

        var french = error.Localize(Localizer.French);
        french.ShouldStartWith("nalytiq kernel : --prefix et --user s'excluent mutuellement\n");
        french.ShouldContain("utilisation : nalytiq kernel --connection-file <fichier>");
        error.Message.ShouldStartWith("nalytiq kernel: --prefix and --user exclude each other\nusage: nalytiq kernel");
    }
}
