using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>Turns the computed figures into alerts, ordered by alert type, then by column in frame order.</summary>
internal static class AlertRules
{
    public static IReadOnlyList<ProfileAlert> Evaluate(
        ProfileOverview overview,
        IReadOnlyList<ColumnProfile> columns,
        IReadOnlyList<CorrelationPair> correlationPairs,
        ProfileOptions options)
    {
        var alerts = new List<ProfileAlert>();
        if (overview.Rows == 0)
        {
            alerts.Add(new ProfileAlert(AlertType.EMPTY, [], 0, 0));
            return alerts;
        }

        if (overview.DuplicateRows > 0 && overview.DuplicateRowsShare > options.DuplicatesThreshold)
        {
            alerts.Add(new ProfileAlert(AlertType.DUPLICATES, [], overview.DuplicateRowsShare, overview.DuplicateRows));
        }

        foreach (var column in columns)
        {
            AddColumnAlerts(alerts, column, options);
        }

        foreach (var pair in correlationPairs)
        {
            var strongest = Math.Abs(pair.Pearson ?? 0) >= Math.Abs(pair.Spearman ?? 0) ? pair.Pearson : pair.Spearman;
            if (strongest is { } r && Math.Abs(r) >= options.CorrelationThreshold)
            {
                alerts.Add(new ProfileAlert(AlertType.HIGH_CORRELATION, [pair.First, pair.Second], r, pair.Observations));
            }
        }

        return alerts.OrderBy(alert => alert.Type).ToArray();
    }

    private static void AddColumnAlerts(List<ProfileAlert> alerts, ColumnProfile column, ProfileOptions options)
    {
        string[] name = [column.Name];
        if (column.Count == 0)
        {
            alerts.Add(new ProfileAlert(AlertType.EMPTY, name, 0, column.Missing));
            return;
        }

        if (column.MissingShare > options.MissingThreshold)
        {
            alerts.Add(new ProfileAlert(AlertType.MISSING, name, column.MissingShare, column.Missing));
        }

        var unique = column.Count > 1 && column.Distinct == column.Count && !column.IsDistinctEstimate;
        if (column.Distinct == 1)
        {
            alerts.Add(new ProfileAlert(AlertType.CONSTANT, name, 1, column.Count));
        }
        else if (unique)
        {
            alerts.Add(new ProfileAlert(AlertType.UNIQUE, name, column.DistinctShare, column.Distinct));
        }

        if (column.Numeric is { } numeric)
        {
            var zeros = NumericColumnProfiler.Share(numeric.Zeros, column.Count);
            // 00:00:00 in a time column is midnight (or no time elapsed), not a suspicious zero.
            if (numeric.Zeros > 0 && zeros > options.ZerosThreshold && column.Kind != ColumnKind.Time)
            {
                alerts.Add(new ProfileAlert(AlertType.ZEROS, name, zeros, numeric.Zeros));
            }

            var infinities = NumericColumnProfiler.Share(numeric.Infinities, column.Count);
            if (numeric.Infinities > 0 && infinities > options.InfiniteThreshold)
            {
                alerts.Add(new ProfileAlert(AlertType.INFINITE, name, infinities, numeric.Infinities));
            }

            if (numeric.Skewness is { } skewness && Math.Abs(skewness) > options.SkewnessThreshold)
            {
                alerts.Add(new ProfileAlert(AlertType.SKEWED, name, skewness));
            }
        }

        if (column.Text is { } text)
        {
            if (!unique && column.Distinct > options.CardinalityThreshold)
            {
                alerts.Add(new ProfileAlert(AlertType.HIGH_CARDINALITY, name, column.Distinct, column.Distinct));
            }

            AddImbalance(alerts, name, text.Imbalance, options);
            if (text.DateShare is { } dates && dates >= options.TypeDateThreshold)
            {
                alerts.Add(new ProfileAlert(AlertType.TYPE_DATE, name, dates));
            }
        }

        if (column.Boolean is { } flags)
        {
            AddImbalance(alerts, name, TextColumnProfiler.Imbalance([flags.TrueCount, flags.FalseCount], column.Count), options);
        }
    }

    private static void AddImbalance(List<ProfileAlert> alerts, string[] name, double? imbalance, ProfileOptions options)
    {
        if (imbalance is { } value && value > options.ImbalanceThreshold)
        {
            alerts.Add(new ProfileAlert(AlertType.IMBALANCE, name, value));
        }
    }
}
