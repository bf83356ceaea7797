using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// Formatters of the run and job views (HTML and plain text, in the session's language). A page of runs the facade
/// returns (<see cref="RunPage"/>) is a value too: a cell ending in <c>await workbench.ListRunsAsync()</c> shows the same
/// table as <c>#!runs</c>.
/// </summary>
internal static class TrackingFormatters
{
    public static void Register(Func<Localizer> text, ChartDrawer? drawChart)
    {
        Formatter.Register<RunsView>((view, writer) => writer.Write(RunsFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<RunsView>((view, writer) => writer.Write(RunsFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<RunPage>((page, writer) => writer.Write(RunsFormatter.ToHtml(RunsView.Of(page), text())), HtmlFormatter.MimeType);
        Formatter.Register<RunPage>((page, writer) => writer.Write(RunsFormatter.ToPlainText(RunsView.Of(page), text())), PlainTextFormatter.MimeType);
        Formatter.Register<BestRunView>((view, writer) => writer.Write(BestRunFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<BestRunView>((view, writer) => writer.Write(BestRunFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<RunComparisonView>((view, writer) => writer.Write(RunComparisonFormatter.ToHtml(view, text(), drawChart)), HtmlFormatter.MimeType);
        Formatter.Register<RunComparisonView>((view, writer) => writer.Write(RunComparisonFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<JobsView>((view, writer) => writer.Write(JobsFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<JobsView>((view, writer) => writer.Write(JobsFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<JobNotificationsView>((view, writer) => writer.Write(JobNotificationsFormatter.ToHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<JobNotificationsView>((view, writer) => writer.Write(JobNotificationsFormatter.ToPlainText(view, text())), PlainTextFormatter.MimeType);
        foreach (var type in new[] { typeof(RunsView), typeof(RunPage), typeof(BestRunView), typeof(RunComparisonView), typeof(JobsView), typeof(JobNotificationsView) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
