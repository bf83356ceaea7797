using System.Net;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Events;
using Shouldly;

namespace Nalytiq.Host.Tests;

/// <summary>Reads what a cell gave back, the way a notebook shows it.</summary>
internal static partial class CellOutput
{
    /// <summary>
    /// The plain text of the cell's single return value. The host formats scalars as HTML only (text/plain is not
    /// among the MIME types it sends back), wrapping the plain text in <c>&lt;div class="dni-plaintext"&gt;&lt;pre&gt;</c>.
    /// </summary>
    public static string ReturnedText(IReadOnlyList<KernelEvent> events)
    {
        var returned = events.OfType<ReturnValueProduced>().ShouldHaveSingleItem();
        if (returned.FormattedValues.FirstOrDefault(v => v.MimeType == "text/plain") is { } plain)
        {
            return plain.Value;
        }

        var html = returned.FormattedValues.FirstOrDefault(v => v.MimeType == "text/html")?.Value ?? string.Empty;
        var match = PlainTextInHtml().Match(html);
        return match.Success
            ? WebUtility.HtmlDecode(match.Groups["text"].Value)
            : throw new ShouldAssertException(
                $"No plain text in the return value: {string.Join(" | ", returned.FormattedValues.Select(v => $"{v.MimeType}: {v.Value}"))}");
    }

    /// <summary>Fails with the host's own messages when the cell did not succeed.</summary>
    public static void ShouldSucceed(IReadOnlyList<KernelEvent> events)
    {
        events.OfType<CommandFailed>().Select(f => f.Message).ShouldBeEmpty();
        events.OfType<CommandSucceeded>().ShouldNotBeEmpty();
    }

    [GeneratedRegex("""<div class="dni-plaintext"><pre>(?<text>.*?)</pre></div>""", RegexOptions.Singleline)]
    private static partial Regex PlainTextInHtml();
}
