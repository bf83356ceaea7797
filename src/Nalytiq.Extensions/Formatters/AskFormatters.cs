using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Assistant;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The formatters of <c>#!ask</c>'s outputs: answers, the waiting view, providers and the context preview.</summary>
internal static class AskFormatters
{
    public static void Register(Func<Localizer> text)
    {
        Formatter.Register<AssistantAnswer>((answer, writer) => writer.Write(AskFormatter.ToHtml(answer, text())), HtmlFormatter.MimeType);
        Formatter.Register<AssistantAnswer>((answer, writer) => writer.Write(AskFormatter.ToPlainText(answer, text())), PlainTextFormatter.MimeType);
        Formatter.Register<AskWaitingView>((view, writer) => writer.Write(AskFormatter.WaitingHtml(view, text())), HtmlFormatter.MimeType);
        Formatter.Register<AskWaitingView>((view, writer) => writer.Write(AskFormatter.WaitingText(view, text())), PlainTextFormatter.MimeType);
        Formatter.Register<ProviderReport>((report, writer) => writer.Write(AskProvidersFormatter.ToHtml(report, text())), HtmlFormatter.MimeType);
        Formatter.Register<ProviderReport>((report, writer) => writer.Write(AskProvidersFormatter.ToPlainText(report, text())), PlainTextFormatter.MimeType);
        Formatter.Register<ContextPreview>((preview, writer) => writer.Write(AskContextFormatter.ToHtml(preview, text())), HtmlFormatter.MimeType);
        Formatter.Register<ContextPreview>((preview, writer) => writer.Write(AskContextFormatter.ToPlainText(preview, text())), PlainTextFormatter.MimeType);
        foreach (var type in new[] { typeof(AssistantAnswer), typeof(AskWaitingView), typeof(ProviderReport), typeof(ContextPreview) })
        {
            Formatter.SetPreferredMimeTypesFor(type, HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
