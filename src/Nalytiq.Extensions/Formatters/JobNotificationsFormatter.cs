using System.Text;
using Nalytiq.Jobs;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The small card shown before a command when background jobs have ended since the last one.</summary>
internal static class JobNotificationsFormatter
{
    public static string ToHtml(JobNotificationsView view, Localizer text)
    {
        var html = new StringBuilder(1024);
        html.Append(Html.Style).Append("<div class=\"nq\"><div class=\"nq-warn\"><b>").Append(Html.Encode(text["Jobs_NotificationsTitle"])).Append("</b>");
        foreach (var job in view.Jobs)
        {
            html.Append("<br>").Append(Icon(job.Status)).Append(' ').Append(Html.Encode(Line(job, text)));
        }

        return html.Append("</div></div>").ToString();
    }

    public static string ToPlainText(JobNotificationsView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text["Jobs_NotificationsTitle"]);
        foreach (var job in view.Jobs)
        {
            builder.Append("  ").Append(Icon(job.Status)).Append(' ').AppendLine(Line(job, text));
        }

        return builder.ToString();
    }

    private static string Icon(JobStatus status) => status switch
    {
        JobStatus.Completed => "✔",
        JobStatus.Failed => "✖",
        _ => "■",
    };

    private static string Line(JobSnapshot job, Localizer text)
    {
        var title = job.Title.ToString(text);
        var elapsed = job.StartedAt is { } started && job.EndedAt is { } ended ? text.Duration(ended - started) : "—";
        return job.Status switch
        {
            JobStatus.Completed => text.Format("Jobs_NotifyCompleted", job.Id, title, elapsed, JobsFormatter.Outcome(job, text)),
            JobStatus.Failed => text.Format("Jobs_NotifyFailed", job.Id, title, JobsFormatter.Outcome(job, text)),
            _ => text.Format("Jobs_NotifyCancelled", job.Id, title),
        };
    }
}
