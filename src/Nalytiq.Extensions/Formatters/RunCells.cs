using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Formatters;

/// <summary>How the run views write a run's fields, in the session's language and culture.</summary>
internal static class RunCells
{
    /// <summary>At most this many metric columns in the runs table.</summary>
    private const int MaxMetricColumns = 4;

    public static string Status(RunInfo run, Localizer text)
    {
        var status = text["Runs_Status_" + run.Status];
        return run.Tags.ContainsKey(RunTags.Abandoned) ? $"{status} ({text["Runs_Abandoned"]})" : status;
    }

    public static string Started(RunInfo run, TimeZoneInfo zone, Localizer text) =>
        text.DateTime(TimeZoneInfo.ConvertTime(run.StartTime, zone).DateTime);

    public static string Duration(RunInfo run, Localizer text) => run.Duration is { } duration ? text.Duration(duration) : "…";

    public static string Name(RunInfo run) => run.Name ?? run.ShortId;

    public static string Dataset(RunInfo run, Localizer text) =>
        run.Dataset is { } dataset ? text.Format("Runs_DatasetRows", dataset.Name, text.Number(dataset.Rows)) : "—";

    public static string Metric(double? value, Localizer text) =>
        value is not { } v ? "—" : double.IsNaN(v) ? text["Runs_NoValue"] : CellText.Figure(v, text);

    /// <summary>
    /// The metrics worth a column: the ranking metric, then headline metrics, then the most common others.
    /// </summary>
    public static IReadOnlyList<string> MetricColumns(IReadOnlyList<RunInfo> runs, string? rankedBy)
    {
        var headlines = runs.Select(r => r.HeadlineMetric).OfType<string>().GroupBy(k => k).OrderByDescending(g => g.Count()).Select(g => g.Key);
        var common = runs.SelectMany(r => r.Metrics.Keys).GroupBy(k => k).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key);
        IEnumerable<string> first = rankedBy is null ? [] : [rankedBy];
        return [.. first.Concat(headlines).Concat(common).Distinct().Take(MaxMetricColumns)];
    }

    /// <summary>Whether <paramref name="value"/> is the best of the runs' values for <paramref name="metric"/>.</summary>
    public static bool IsBest(string metric, double? value, IEnumerable<RunInfo> runs)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return false;
        }

        var values = runs.Select(r => r.Metric(metric)).OfType<double>().Where(x => !double.IsNaN(x)).ToArray();
        return values.Length > 1 && v == (MetricDirection.LowerIsBetter(metric) ? values.Min() : values.Max());
    }
}
