using System.Text;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// The <c>#!train</c> result: the recorded run, held-out metrics, the chosen model, what featurization did, charts
/// (confusion matrix, ROC or predicted against actual, feature importance, trial scores) and every trial.
/// </summary>
internal static partial class TrainingRunFormatter
{
    public static string ToHtml(TrainingRunView view, Localizer text, ChartDrawer? drawChart)
    {
        var (run, outcome) = (view.Training.Run, view.Training.Outcome);
        var html = new StringBuilder(16384);
        html.Append(Html.Style).Append("<div class=\"nq\" data-nalytiq-run=\"").Append(Html.Encode(run.Id)).Append("\"><h3>")
            .Append(Html.Encode(text.Format("Train_ResultTitle", outcome.Request.LabelColumn, TrainingText.Task(outcome.Task, text))))
            .Append("</h3><p class=\"nq-sub\">").Append(Html.Encode(Subtitle(view, text))).Append("</p>");
        if (outcome.Cancelled)
        {
            html.Append("<div class=\"nq-warn\">⚠ ").Append(Html.Encode(text["Train_CancelledNote"])).Append("</div>");
        }

        html.Append("<div class=\"nq-chips\">");
        foreach (var (name, value) in Metrics(outcome))
        {
            html.Append("<span><b>").Append(Html.Encode(TrainingText.Metric(name, text))).Append("</b> ")
                .Append(Html.Encode(TrainingText.Value(value, text))).Append("</span>");
        }

        html.Append("</div><p>").Append(Html.Encode(BestModel(outcome, text))).Append("<br>")
            .Append(Html.Encode(text.Format("Train_TaskReasonLine", outcome.TaskReason))).Append("</p>");
        foreach (var chart in Charts(outcome, text))
        {
            html.Append(Html.Chart(drawChart, chart, text));
        }

        var notes = Notes(outcome);
        if (notes.Count > 0)
        {
            html.Append("<h4>").Append(Html.Encode(text["Train_NotesTitle"])).Append("</h4><ul>");
            foreach (var note in notes)
            {
                html.Append("<li>").Append(Html.Encode(note.ToString(text))).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("<details><summary>").Append(Html.Encode(text.Format("Train_TrialsTitle", outcome.Trials.Count))).Append("</summary>");
        TrainingText.TrialTable(html, outcome.Trials, outcome.BestTrial, text);
        html.Append("</details><p class=\"nq-sub\">").Append(Html.Encode(text.Format("Train_NextStep", view.Dataset, run.ShortId))).Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(TrainingRunView view, Localizer text)
    {
        var outcome = view.Training.Outcome;
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Train_ResultTitle", outcome.Request.LabelColumn, TrainingText.Task(outcome.Task, text)))
            .AppendLine(Subtitle(view, text));
        if (outcome.Cancelled)
        {
            builder.AppendLine(text["Train_CancelledNote"]);
        }

        foreach (var (name, value) in Metrics(outcome))
        {
            builder.Append("  ").Append(TrainingText.Metric(name, text)).Append(": ").AppendLine(TrainingText.Value(value, text));
        }

        builder.AppendLine(BestModel(outcome, text));
        foreach (var note in Notes(outcome))
        {
            builder.Append("  - ").AppendLine(note.ToString(text));
        }

        return builder.AppendLine(text.Format("Train_NextStep", view.Dataset, view.Training.Run.ShortId)).ToString();
    }

    private static string Subtitle(TrainingRunView view, Localizer text)
    {
        var (run, outcome) = (view.Training.Run, view.Training.Outcome);
        return text.Format(
            "Train_ResultSub",
            run.ShortId,
            run.Experiment,
            text["Runs_Status_" + run.Status],
            text.Duration(outcome.Elapsed),
            text.Number(outcome.TrainingRows),
            text.Number(outcome.TestRows));
    }

    /// <summary>The held-out metrics, the primary one first.</summary>
    private static IEnumerable<(string Name, double Value)> Metrics(TrainingOutcome outcome) =>
        outcome.Metrics.Values
            .OrderBy(m => m.Key == outcome.PrimaryMetric ? 0 : 1)
            .ThenBy(m => m.Key, StringComparer.Ordinal)
            .Select(m => (m.Key, m.Value));

    private static string BestModel(TrainingOutcome outcome, Localizer text)
    {
        var info = outcome.Model.Info;
        var parameters = string.Join(", ", info.Parameters.Select(p => $"{p.Key}={p.Value}"));
        return text.Format("Train_BestModel", TrainingText.Trainer(info.Trainer), parameters, outcome.BestTrial.Number);
    }

    private static List<LocalizedText> Notes(TrainingOutcome outcome) => [.. outcome.Plan.Notes, .. outcome.Notes];
}
