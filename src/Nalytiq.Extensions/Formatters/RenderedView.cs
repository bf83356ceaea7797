using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// A value formatted once, shown in its place: the display event then carries text, not the value. An event lives as
/// long as its cell's invocation context, which the old host never releases, so a displayed <see cref="Dataset"/>
/// would keep its frame for the whole session (docs/host.md#memory-across-re-runs).
/// </summary>
internal sealed record RenderedView(string Html, string PlainText)
{
    public static RenderedView Of(object value) =>
        new(value.ToDisplayString(HtmlFormatter.MimeType), value.ToDisplayString(PlainTextFormatter.MimeType));
}
