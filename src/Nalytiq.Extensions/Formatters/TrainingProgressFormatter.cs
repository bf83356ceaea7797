using System.Text;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The live <c>#!train</c> display: phase, time against the budget, best so far, the trials and their scores.</summary>
internal static class TrainingProgressFormatter
{
    public static string ToHtml(TrainingProgressView view, Localizer text, ChartDrawer? drawChart)
    {
        var html = new StringBuilder(4096);
        var latest = view.Latest;
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>")
            .Append(Html.Encode(text.Format("Train_ProgressTitle", view.Dataset, view.Label))).Append("</h3><p class=\"nq-sub\">")
            .Append(Html.Encode(Phase(latest, text))).Append(" · ")
            .Append(Html.Encode(text.Format("Train_ElapsedOfBudget", text.Duration(view.Elapsed), text.Duration(view.TimeBudget))))
            .Append("</p><progress max=\"1000\" value=\"")
            .Append(Math.Round(Math.Clamp(view.Elapsed / view.TimeBudget, 0, 1) * 1000).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append("\"></progress>");
        if (latest?.Best is { } best)
        {
            html.Append("<p>").Append(Html.Encode(Best(best, text))).Append("</p>");
        }

        if (latest is not null && TrainingText.TrialChart(latest.Trials, text) is { } chart)
        {
            html.Append(Html.Chart(drawChart, chart with { Title = string.Empty }, text));
        }

        if (latest is not null)
        {
            TrainingText.TrialTable(html, latest.Trials, latest.Best, text);
        }

        html.Append("<p class=\"nq-sub\">").Append(Html.Encode(text["Train_InterruptHint"])).Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(TrainingProgressView view, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Train_ProgressTitle", view.Dataset, view.Label))
            .Append(Phase(view.Latest, text)).Append(" · ")
            .AppendLine(text.Format("Train_ElapsedOfBudget", text.Duration(view.Elapsed), text.Duration(view.TimeBudget)));
        if (view.Latest?.Best is { } best)
        {
            builder.AppendLine(Best(best, text));
        }

        return builder.ToString();
    }

    private static string Phase(TrainingProgress? latest, Localizer text) => latest switch
    {
        null => text["Train_Phase_Preparing"],
        { Phase: TrainingPhase.TrialStarted, Current: { } trial } =>
            text.Format("Train_Phase_TrialStarted", trial.Number) + " — " + TrainingText.Trainer(trial.Trainer),
        { Phase: TrainingPhase.TrialFinished } => text.Format("Train_Phase_TrialFinished", latest.Trials.Count),
        _ => text["Train_Phase_" + latest.Phase],
    };

    private static string Best(TrialResult best, Localizer text) =>
        text.Format("Train_BestTrial", TrainingText.Trainer(best.Trainer), TrainingText.Metric(best.MetricName, text), TrainingText.Value(best.MetricValue, text), best.Number);
}
