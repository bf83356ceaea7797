using System.Globalization;
using System.Text;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The live view of a profile being computed.</summary>
internal static class ProgressFormatter
{
    public static string ToHtml(AnalyzeProgressView view, Localizer text)
    {
        var html = new StringBuilder(1024);
        html.Append(Html.Style).Append("<div class=\"nq\"><b>").Append(Html.Encode(text.Format("Analyze_Running", view.Name))).Append("</b> ");
        if (view.Progress is { TotalSteps: > 0 } progress)
        {
            html.Append("<progress max=\"").Append(progress.TotalSteps.ToString(CultureInfo.InvariantCulture))
                .Append("\" value=\"").Append(progress.StepsDone.ToString(CultureInfo.InvariantCulture)).Append("\"></progress> ");
        }
        else
        {
            html.Append("<progress></progress> ");
        }

        html.Append("<span class=\"nq-sub\">").Append(Html.Encode(Detail(view, text))).Append("</span></div>");
        return html.ToString();
    }

    public static string ToPlainText(AnalyzeProgressView view, Localizer text) =>
        text.Format("Analyze_Running", view.Name) + " " + Detail(view, text);

    // Steps are column names, or one of the profiler's frame-wide steps, which have names of their own.
    private static string StepName(string? step, Localizer text) =>
        step is "duplicates" or "correlations" or "groups" ? text["Analyze_Step_" + step] : step ?? string.Empty;

    private static string Detail(AnalyzeProgressView view, Localizer text) =>
        view.Progress is { } progress
            ? text.Format("Analyze_ProgressDetail", progress.StepsDone, progress.TotalSteps, StepName(progress.Step, text), text.Duration(view.Elapsed))
            : text.Duration(view.Elapsed);
}
