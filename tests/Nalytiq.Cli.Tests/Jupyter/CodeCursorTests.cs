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
}
