using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Formatters of the training displays (HTML and plain text, in the session's language).</summary>
internal static class TrainingFormatters
{
    public static void Register(Func<Localizer> text, ChartDrawer? drawChart)
    {
        Formatter.Register<TrainingProgressView>((view, writer) => writer.Write(TrainingProgressFormatter.ToHtml(view, text(), drawChart)), HtmlFormatter.MimeType);
        Formatter.Register<TrainingProgressView>((view, writer) => writer.Write(TrainingProgressFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<TrainingRunView>((view, writer) => writer.Write(TrainingRunFormatter.ToHtml(view, text(), drawChart)), HtmlFormatter.MimeType);
        Formatter.Register<TrainingRunView>((view, writer) => writer.Write(TrainingRunFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<Training.TrainingRun>((run, writer) => writer.Write(TrainingRunFormatter.ToHtml(new TrainingRunView(run, run.Run.Dataset?.Name ?? string.Empty), text(), drawChart)), HtmlFormatter.MimeType);
        Formatter.Register<Training.TrainingRun>((run, writer) => writer.Write(TrainingRunFormatter.ToPlainText(new TrainingRunView(run, run.Run.Dataset?.Name ?? string.Empty), text())), PlainTextFormatter.MimeType);
        Formatter.Register<TrainingJobView>((view, writer) => writer.Write(TrainingJobFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<TrainingJobView>((view, writer) => writer.Write(TrainingJobFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<PredictionView>((view, writer) => writer.Write(PredictionFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<PredictionView>((view, writer) => writer.Write(PredictionFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        foreach (var type in new[] { typeof(TrainingProgressView), typeof(TrainingRunView), typeof(Training.TrainingRun), typeof(TrainingJobView), typeof(PredictionView) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
