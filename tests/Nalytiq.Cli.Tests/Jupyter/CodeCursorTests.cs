using Microsoft.DotNet.Interactive;
using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public class CodeCursorTests
{
    // "😀" is one code point (what Jupyter counts) and two UTF-16 chars (what .NET Interactive counts).
    private const string Code = "var s = \"😀\";\nConsole.WriteL";

    [Fact]
    public void A_code_point_offset_becomes_a_line_and_utf16_character()
    {
        var cursor = new CodeCursor(Code);

        cursor.ToLinePosition(Code.Length - 1).ShouldBe(new LinePosition(1, 14));
        cursor.ToCodePoints(new LinePosition(1, 14)).ShouldBe(Code.Length - 1);
    }

    [Fact]
    public void The_word_before_the_cursor_starts_after_the_dot()
    {
        var cursor = new CodeCursor(Code);

        var start = cursor.WordStart(Code.Length - 1);

        cursor.Slice(start, Code.Length - 1).ShouldBe("WriteL");
    }

    [Fact]
    public void Help_in_an_argument_list_is_asked_about_the_method_first()
    {
        const string Call = "var s = \"😀\"; Math.Max(1, ";
        var cursor = new CodeCursor(Call);

        var positions = cursor.InspectPositions(Call.EnumerateRunes().Count()).ToList();

        positions[0].ShouldBe(Call.EnumerateRunes().Count() - "x(1, ".Length);
    }

    [Fact]
    public void Help_on_a_name_is_asked_about_that_name_first()
    {
        const string Call = "Math.Max(value";
        var cursor = new CodeCursor(Call);

        cursor.InspectPositions(Call.Length).ShouldBe([Call.Length, Call.Length - 1, "Math.Max".Length - 1]);
    }
}
