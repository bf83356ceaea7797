using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public class CompletenessCheckTests
{
    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("1 + 1", "complete")]
    [InlineData("#!upload data/harvests.csv", "complete")]
    [InlineData("#r \"nuget: Nalytiq.Extensions, 0.1.0\"", "complete")]
    [InlineData("", "complete")]
    [InlineData("int x = ;", "invalid")]
    [InlineData("for (var i = 0; i < 3; i++)\n{", "incomplete")]
    [InlineData("var s = \"\"\"\nraw", "incomplete")]
    public void The_status_comes_from_the_syntax_tree(string code, string status) =>
        CompletenessCheck.Check(code).Status.ShouldBe(status);

    [Fact]
    public void An_open_block_asks_for_one_indent_per_open_brace() =>
        CompletenessCheck.Check("if (true)\n{\n    while (true)\n    {").Indent.ShouldBe("        ");
}
