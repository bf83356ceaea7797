using Nalytiq.Cli.Jupyter;
using Shouldly;
using Xunit;

namespace Nalytiq.Cli.Tests.Jupyter;

public class HoverTextTests
{
    [Fact]
    public void Plain_text_drops_fences_quotes_backticks_and_escapes()
    {
        const string Markdown = "```csharp\r\nvoid List<int>.Add(int item)\r\n```\r\n> Adds an object to the end of the `List\\<T\\>`.";

        HoverText.ToPlainText(Markdown).ShouldBe("void List<int>.Add(int item)\nAdds an object to the end of the List<T>.");
    }
}
