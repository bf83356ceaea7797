using System.Globalization;
using System.Text;
using Nalytiq.Jobs;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!jobs</c> table: each background job with a progress bar, and what it produced.</summary>
internal static class JobsFormatter
{
    private static readonly string[] HeaderKeys = ["Jobs_Col_Job", "Jobs_Col_Title", "Jobs_Col_Status", "Jobs_Col_Progress", "Jobs_Col_Elapsed", "Jobs_Col_Result"];

    public static string ToHtml(JobsView view, Localizer text)
    {
        var html = new StringBuilder(4096);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(text["Jobs_Title"])).Append("</h3>");
        if (view.Cancelled is { } cancelled)
        {
            html.Append("<p>").Append(Html.Encode(CancelNote(cancelled, text))).Append("</p>");
        }

        if (view.Items.Count == 0)
        {
            return html.Append("<p>").Append(Html.Encode(text["Jobs_None"])).Append("</p></div>").ToString();
        }

        html.Append("<table><thead><tr>");
        foreach (var key in HeaderKeys)
        {
            html.Append("<th>").Append(Html.Encode(text[key])).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var job in view.Items)
        {
            html.Append("<tr><td><code>").Append(Html.Encode(job.Id)).Append("</code></td><td>").Append(Html.Cell(job.Title.ToString(text), 60))
                .Append(" <span class=\"nq-type\">").Append(Html.Encode(job.Kind)).Append("</span></td><td>")
                .Append(Html.Encode(Status(job.Status, text))).Append("</td><td>");
            if (job.Progress?.Fraction is { } fraction)
            {
                html.Append("<progress max=\"1\" value=\"").Append(Math.Clamp(fraction, 0, 1).ToString("0.###", CultureInfo.InvariantCulture)).Append("\"></progress> ")
                    .Append(Html.Encode(text.Percent(fraction, 0)));
            }
            else if (job.Status == JobStatus.Running)
            {
                html.Append("<progress></progress>");
            }

            if (job.Progress?.Status is { } status)
            {
                html.Append("<span class=\"nq-type\">").Append(Html.Encode(status.ToString(text))).Append("</span>");
            }

            html.Append("</td><td class=\"nq-num\">").Append(Html.Encode(Elapsed(job, view.Now, text))).Append("</td><td>")
                .Append(Html.Cell(Outcome(job, text), 120)).Append("</td></tr>");
        }

        return html.Append("</tbody></table></div>").ToString();
    }

    public static string ToPlainText(JobsView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text["Jobs_Title"]);
        if (view.Cancelled is { } cancelled)
        {
            builder.AppendLine(CancelNote(cancelled, text));
        }

        if (view.Items.Count == 0)
        {
            return builder.AppendLine(text["Jobs_None"]).ToString();
        }

        foreach (var job in view.Items)
        {
            builder.Append("  #").Append(job.Id).Append(' ').Append(job.Title.ToString(text)).Append("  ").Append(Status(job.Status, text));
            if (job.Progress?.Fraction is { } fraction)
            {
                builder.Append(' ').Append(text.Percent(fraction, 0));
            }

            builder.Append("  ").Append(Elapsed(job, view.Now, text));
            if (Outcome(job, text) is { Length: > 0 } outcome)
            {
                builder.Append("  ").Append(outcome);
            }

            builder.AppendLine();
        }

        return builder.ToString();
    }

    public static string Status(JobStatus status, Localizer text) => text["Jobs_Status_" + status];

    /// <summary>The result (summary, run and headline metric) or the error of a finished job.</summary>
    public static string Outcome(JobSnapshot job, Localizer text)
    {
        if (job.Error is { } error)
        {
            return error.ToString(text);
        }

        if (job.Result is not { } result)
        {
            return string.Empty;
        }

        var parts = new List<string> { result.Summary.ToString(text) };
        if (result.RunId is { } run)
        {
            parts.Add(text.Format("Jobs_ResultRun", run.Length > 8 ? run[..8] : run));
        }

        if (result.MetricName is { } metric && result.MetricValue is { } value)
        {
            parts.Add($"{metric} {RunCells.Metric(value, text)}");
        }

        return string.Join(" · ", parts.Where(p => p.Length > 0));
    }

    private static string Elapsed(JobSnapshot job, DateTimeOffset now, Localizer text) =>
        job.Elapsed(now) is { } elapsed ? text.Duration(elapsed) : "—";

    private static string CancelNote(JobCancellation cancelled, Localizer text) =>
        text.Format(cancelled.Requested ? "Jobs_CancelRequested" : "Jobs_AlreadyFinished", cancelled.Id);
}
