using Microsoft.DotNet.Interactive.Formatting;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// The formatters of the export views, found through their <see cref="TypeFormatterSourceAttribute"/>: the views
/// carry their language, so nothing needs registering per session.
/// </summary>
internal sealed class ExportFormatterSource : ITypeFormatterSource
{
    public IEnumerable<ITypeFormatter> CreateTypeFormatters() =>
    [
        new HtmlFormatter<ExportView>((view, context) => context.Writer.Write(ExportFormatter.ToHtml(view))),
        new PlainTextFormatter<ExportView>((view, context) => context.Writer.Write(ExportFormatter.ToPlainText(view))),
        new HtmlFormatter<ExportProgressView>((view, context) => context.Writer.Write(ExportFormatter.ToHtml(view))),
        new PlainTextFormatter<ExportProgressView>((view, context) => context.Writer.Write(ExportFormatter.ToPlainText(view))),
    ];
}
