using System.Text;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The words and tables shared by the training displays: metric, task, trainer and status names, the trial table.</summary>
internal static class TrainingText
{
    public static string Metric(string name, Localizer text) => text[MetricNames.ResourceKey(name)];

    public static string Value(double? value, Localizer text) => value is { } v && double.IsFinite(v) ? text.Number(v, 3) : "—";

    public static string Task(TrainingTask task, Localizer text) => text["Train_Task_" + task];

    /// <summary>Trainer families keep their product names in every language.</summary>
    public static string Trainer(TrainerFamily family) => TrainerNames.Display(family);

    public static string Status(TrialStatus status, Localizer text) => text["Train_Status_" + status];

    /// <summary>The trials as an HTML table, newest last; failed trials show their error.</summary>
    public static void TrialTable(StringBuilder html, IReadOnlyList<TrialResult> trials, TrialResult? best, Localizer text)
    {
        if (trials.Count == 0)
        {
            return;
        }

        var metric = Metric(trials[0].MetricName, text);
        html.Append("<table><thead><tr><th class=\"nq-num\">#</th><th>").Append(Html.Encode(text["Train_Col_Trainer"]))
            .Append("</th><th>").Append(Html.Encode(text["Train_Col_Parameters"]))
            .Append("</th><th class=\"nq-num\">").Append(Html.Encode(metric))
            .Append("</th><th class=\"nq-num\">").Append(Html.Encode(text["Train_Col_Time"]))
            .Append("</th><th>").Append(Html.Encode(text["Train_Col_Status"])).Append("</th></tr></thead><tbody>");
        foreach (var trial in trials)
        {
            var isBest = best is not null && trial.Number == best.Number;
            html.Append(isBest ? "<tr style=\"font-weight:600\">" : "<tr>")
                .Append("<td class=\"nq-num\">").Append(trial.Number).Append("</td><td>")
                .Append(Html.Encode(Trainer(trial.Trainer))).Append(isBest ? " ★" : string.Empty).Append("</td><td><code>")
                .Append(Html.Cell(trial.ParameterText, 60)).Append("</code></td><td class=\"nq-num\">")
                .Append(Html.Encode(Value(trial.MetricValue, text))).Append("</td><td class=\"nq-num\">")
                .Append(Html.Encode(text.Duration(trial.Elapsed))).Append("</td><td>")
                .Append(Html.Encode(Status(trial.Status, text)));
            if (trial.Error is { } error)
            {
                html.Append(" <span class=\"nq-na\">").Append(Html.Cell(error.ToString(text), 80)).Append("</span>");
            }

            html.Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    /// <summary>The validation score of each trial, the best so far as a step line.</summary>
    public static Charts.XYChart? TrialChart(IReadOnlyList<TrialResult> trials, Localizer text)
    {
        if (trials.Count(t => t.MetricValue is not null) < 2)
        {
            return null;
        }

        var metric = trials[0].MetricName;
        var higher = MetricNames.HigherIsBetter(metric);
        var x = trials.Select(t => (double)t.Number).ToArray();
        var y = trials.Select(t => t.MetricValue is { } v && double.IsFinite(v) ? v : (double?)null).ToArray();
        var best = new double?[y.Length];
        double? running = null;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] is { } v && (running is null || (higher ? v > running : v < running)))
            {
                running = v;
            }

            best[i] = running;
        }

        var labels = trials.Select(t => $"{Trainer(t.Trainer)} {t.ParameterText}".Trim()).ToArray();
        var name = Metric(metric, text);
        return new Charts.XYChart(text.Format("Train_TrialChartTitle", name), text["Train_Col_Trial"], name,
        [
            new Charts.XYSeries(text["Train_BestSoFar"], x, best, Charts.XYStyle.Lines) { Reference = true },
            new Charts.XYSeries(name, x, y, Charts.XYStyle.Markers) { Labels = labels },
        ])
        { IntegerX = true };
    }
}
