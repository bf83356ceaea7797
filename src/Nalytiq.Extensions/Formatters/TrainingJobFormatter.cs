using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>What <c>#!train --background</c> shows: the job it queued and how to follow it.</summary>
internal static class TrainingJobFormatter
{
    public static string ToHtml(TrainingJobView view, Localizer text) =>
        new StringBuilder(1024).Append(Html.Style).Append("<div class=\"nq\"><h3>")
            .Append(Html.Encode(Headline(view, text))).Append("</h3><p class=\"nq-sub\">")
            .Append(Html.Encode(text.Format("Train_JobFollow", view.Job.Id))).Append("</p></div>").ToString();

    public static string ToPlainText(TrainingJobView view, Localizer text) =>
        Headline(view, text) + Environment.NewLine + text.Format("Train_JobFollow", view.Job.Id) + Environment.NewLine;

    private static string Headline(TrainingJobView view, Localizer text) =>
        text.Format("Train_JobQueued", view.Job.Id, view.Job.Title);
}
