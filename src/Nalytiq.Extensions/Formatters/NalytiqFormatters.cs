using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// Registers HTML and plain-text formatters for Nalytiq's result types and for <see cref="DataFrame"/>. Formatter
/// registrations are process-wide and the last one wins, so this runs on every load (after Microsoft.Data.Analysis'
/// own extension when both come from one package restore).
/// </summary>
internal static class NalytiqFormatters
{
    public static void Register(Func<Localizer> text, Func<ChartSpec, string>? renderChart)
    {
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToHtml(frame, text())), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToPlainText(frame, text())), PlainTextFormatter.MimeType);
        Formatter.Register<DataFrameColumn>((column, writer) => writer.Write(DataFrameFormatter.ToHtml(new DataFrame(column), text())), HtmlFormatter.MimeType);
        Formatter.Register<DataFrameColumn>((column, writer) => writer.Write(DataFrameFormatter.ToPlainText(new DataFrame(column), text())), PlainTextFormatter.MimeType);
        Formatter.Register<Dataset>((dataset, writer) => writer.Write(DatasetFormatter.ToHtml(dataset, text(), renderChart)), HtmlFormatter.MimeType);
        Formatter.Register<Dataset>((dataset, writer) => writer.Write(DatasetFormatter.ToPlainText(dataset, text())), PlainTextFormatter.MimeType);
        Formatter.Register<UploadProgressView>((view, writer) => writer.Write(UploadProgressFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<UploadProgressView>((view, writer) => writer.Write(UploadProgressFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<HelpView>((help, writer) => writer.Write(HelpFormatter.ToHtml(help, text())), HtmlFormatter.MimeType);
        Formatter.Register<HelpView>((help, writer) => writer.Write(HelpFormatter.ToPlainText(help, text())), PlainTextFormatter.MimeType);

        // Executed notebooks and reports are read by tools that only understand plain text: offer both.
        foreach (var type in new[] { typeof(DataFrame), typeof(DataFrameColumn), typeof(Dataset), typeof(UploadProgressView), typeof(HelpView) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
