using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Analysis;
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
    public static void Register(Func<Localizer> text, ChartDrawer? renderChart)
    {
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToHtml(frame, text())), HtmlFormatter.MimeType);
        Formatter.Register<DataFrame>((frame, writer) => writer.Write(DataFrameFormatter.ToPlainText(frame, text())), PlainTextFormatter.MimeType);
        Formatter.Register<DataFrameColumn>((column, writer) => writer.Write(DataFrameFormatter.ToHtml(new DataFrame(column), text())), HtmlFormatter.MimeType);
        Formatter.Register<DataFrameColumn>((column, writer) => writer.Write(DataFrameFormatter.ToPlainText(new DataFrame(column), text())), PlainTextFormatter.MimeType);
        Formatter.Register<Dataset>((dataset, writer) => writer.Write(DatasetFormatter.ToHtml(dataset, text(), renderChart)), HtmlFormatter.MimeType);
        Formatter.Register<Dataset>((dataset, writer) => writer.Write(DatasetFormatter.ToPlainText(dataset, text())), PlainTextFormatter.MimeType);
        Formatter.Register<RenderedView>((view, writer) => writer.Write(view.Html), HtmlFormatter.MimeType);
        Formatter.Register<RenderedView>((view, writer) => writer.Write(view.PlainText), PlainTextFormatter.MimeType);
        Formatter.Register<UploadProgressView>((view, writer) => writer.Write(UploadProgressFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<UploadProgressView>((view, writer) => writer.Write(UploadProgressFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<HelpView>((help, writer) => writer.Write(HelpFormatter.ToHtml(help, text())), HtmlFormatter.MimeType);
        Formatter.Register<HelpView>((help, writer) => writer.Write(HelpFormatter.ToPlainText(help, text())), PlainTextFormatter.MimeType);

        Formatter.Register<AnalysisResult>((result, writer) => writer.Write(AnalysisFormatter.ToHtml(result, text(), renderChart)), HtmlFormatter.MimeType);
        Formatter.Register<AnalysisResult>((result, writer) => writer.Write(AnalysisFormatter.ToPlainText(result, text())), PlainTextFormatter.MimeType);
        Formatter.Register<AnalyzeProgressView>((view, writer) => writer.Write(ProgressFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<AnalyzeProgressView>((view, writer) => writer.Write(ProgressFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<CacheView>((view, writer) => writer.Write(CacheFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<CacheView>((view, writer) => writer.Write(CacheFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<LanguageView>((view, writer) => writer.Write(LanguageFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<LanguageView>((view, writer) => writer.Write(LanguageFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);

        RegisterCharts(text, renderChart);
        TrackingFormatters.Register(text, renderChart);
        TrainingFormatters.Register(text, renderChart);

        AskFormatters.Register(text);

        // Executed notebooks and reports are read by tools that only understand plain text: offer both.
        foreach (var type in new[] { typeof(DataFrame), typeof(DataFrameColumn), typeof(Dataset), typeof(UploadProgressView), typeof(HelpView), typeof(AnalysisResult), typeof(AnalyzeProgressView), typeof(CacheView), typeof(LanguageView) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }

    /// <summary>Charts are values: a cell that returns or displays one gets the chart drawn.</summary>
    private static void RegisterCharts(Func<Localizer> text, ChartDrawer? renderChart)
    {
        if (renderChart is not null)
        {
            Formatter.Register<ChartSpec>((chart, writer) => writer.Write(ChartFormatter.ToHtml(chart, renderChart)), HtmlFormatter.MimeType);
        }

        Formatter.Register<ChartSpec>((chart, writer) => writer.Write(ChartFormatter.ToPlainText(chart, text())), PlainTextFormatter.MimeType);
        foreach (var type in new[] { typeof(ChartSpec), typeof(BarChart), typeof(GroupedBarChart), typeof(HeatmapChart), typeof(HistogramChart), typeof(LineChart), typeof(XYChart) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
