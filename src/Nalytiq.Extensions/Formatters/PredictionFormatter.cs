using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!predict</c> result: which run scored which frame, the columns added, and the first rows.</summary>
internal static class PredictionFormatter
{
    private const int PreviewRows = 10;

    public static string ToHtml(PredictionView view, Localizer text)
    {
        var html = new StringBuilder(8192);
        html.Append(Html.Style).Append("<div class=\"nq\" data-nalytiq-run=\"").Append(Html.Encode(view.Prediction.Run.Id)).Append("\"><h3>")
            .Append(Html.Encode(Headline(view, text))).Append("</h3><p class=\"nq-sub\">")
            .Append(Html.Encode(Details(view, text))).Append("</p>")
            .Append(DataFrameFormatter.ToHtml(view.Prediction.Frame.Head(PreviewRows), text))
            .Append("<p class=\"nq-sub\">").Append(Html.Encode(text.Format("Predict_Bound", view.Target))).Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(PredictionView view, Localizer text) =>
        Headline(view, text) + Environment.NewLine + Details(view, text) + Environment.NewLine + text.Format("Predict_Bound", view.Target) + Environment.NewLine;

    private static string Headline(PredictionView view, Localizer text) =>
        text.Format("Predict_Title", text.Number(view.Prediction.Frame.Rows.Count), view.Source, view.Prediction.Run.ShortId);

    private static string Details(PredictionView view, Localizer text)
    {
        var prediction = view.Prediction;
        return text.Format(
            "Predict_Details",
            prediction.Info.LabelColumn,
            TrainingText.Task(prediction.Info.Task, text),
            string.Join(", ", prediction.AddedColumns),
            text.Duration(prediction.Elapsed));
    }
}
