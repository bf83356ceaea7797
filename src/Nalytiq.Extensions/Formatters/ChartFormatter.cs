using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// Any <see cref="ChartSpec"/> a cell returns or displays: drawn by the session's chart renderer, or named in plain
/// text for tools that only read text.
/// </summary>
internal static class ChartFormatter
{
    public static string ToHtml(ChartSpec chart, ChartDrawer drawChart) => drawChart(chart);

    public static string ToPlainText(ChartSpec chart, Localizer text) => text.Format("Chart_PlainText", chart.Title);
}
