using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Extensions.Formatters;

namespace Nalytiq.Extensions.Directives;

/// <summary>Shows, before a Nalytiq command runs, the background jobs that ended since the previous one.</summary>
internal static class JobNotifications
{
    public static void ShowPending(KernelInvocationContext context, Workbench workbench)
    {
        if (workbench.TakeJobNotifications() is { Count: > 0 } finished)
        {
            KernelInvocationContextExtensions.Display(context, new JobNotificationsView(finished), HtmlFormatter.MimeType, PlainTextFormatter.MimeType);
        }
    }
}
