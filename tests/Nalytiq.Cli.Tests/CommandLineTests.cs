using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests;

public class CommandLineTests
{
    [Fact]
    public void Run_takes_the_notebook_an_output_and_a_language()
    {
        var options = CommandLine.Parse(["run", "nb/analysis.ipynb", "--output", "out/x.ipynb", "--lang", "rw"]);

        options.Notebook.ShouldBe("nb/analysis.ipynb");
        options.Output.ShouldBe("out/x.ipynb");
        options.Language.ShouldBe(Language.Kinyarwanda);
    }

    [Fact]
    public void The_executed_notebook_goes_beside_the_input_by_default()
    {
        var options = CommandLine.Parse(["run", "/data/nb/analysis.dib"]);

        options.Output.ShouldBe("/data/nb/analysis.executed.ipynb");
    }

    [Theory]
    [InlineData("")]
    [InlineData("walk x.ipynb")]
    [InlineData("run")]
    [InlineData("run x.ipynb --bogus")]
    [InlineData("run x.ipynb --output")]
    [InlineData("run x.ipynb --lang de")]
    [InlineData("run x.ipynb --color sometimes")]
    public void A_wrong_command_line_explains_the_usage(string commandLine) =>
        Should.Throw<UsageException>(() => CommandLine.Parse(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Message.ShouldNotBeNullOrWhiteSpace();
}
