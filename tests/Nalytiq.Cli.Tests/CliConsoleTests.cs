using Shouldly;
using Spectre.Console;
using Xunit;

namespace Nalytiq.Cli.Tests;

public class CliConsoleTests
{
    private const string Escape = "\u001b[";

    [Fact]
    public void Redirected_output_is_plain_text_without_escape_codes()
    {
        var written = Write(ColorMode.Auto, redirected: true, noColor: null);

        written.ShouldContain("cell 1 failed");
        written.ShouldNotContain(Escape);
    }

    [Fact]
    public void A_terminal_gets_colour()
    {
        Write(ColorMode.Auto, redirected: false, noColor: null).ShouldContain(Escape);
    }

    [Fact]
    public void NO_COLOR_makes_a_terminal_plain()
    {
        Write(ColorMode.Auto, redirected: false, noColor: "1").ShouldNotContain(Escape);
    }

    [Fact]
    public void Color_always_colours_redirected_output_and_never_plains_a_terminal()
    {
        Write(ColorMode.Always, redirected: true, noColor: "1").ShouldContain(Escape);
        Write(ColorMode.Never, redirected: false, noColor: null).ShouldNotContain(Escape);
    }

    [Fact]
    public void Redirected_output_has_no_live_status()
    {
        using var writer = new StringWriter();
        CliConsole.Create(ColorMode.Always, writer, redirected: true, noColor: null).Profile.Capabilities.Interactive.ShouldBeFalse();
    }

    [Theory]
    [InlineData("run x.ipynb --color always", "Always")]
    [InlineData("run x.ipynb --color NEVER", "Never")]
    [InlineData("run x.ipynb --color sometimes", "Auto")]
    [InlineData("run x.ipynb --color", "Auto")]
    [InlineData("run x.ipynb", "Auto")]
    public void The_mode_is_read_from_the_command_line_before_the_console_exists(string commandLine, string expected) =>
        CliConsole.ModeFrom(commandLine.Split(' ')).ToString().ShouldBe(expected);

    private static string Write(ColorMode mode, bool redirected, string? noColor)
    {
        using var writer = new StringWriter();
        var console = CliConsole.Create(mode, writer, redirected, noColor);
        console.MarkupLine("[red]cell 1 failed[/] [grey](0.1 s)[/]");
        return writer.ToString();
    }
}
