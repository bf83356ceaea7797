using System.Text;
using Microsoft.Data.Sqlite;

namespace Nalytiq.Training;

/// <summary>A <see cref="RunQuery"/> as SQL.</summary>
internal static class RunFilter
{
    /// <summary>The query's filter (and order and limit) as SQL; every value is a parameter.</summary>
    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, RunQuery query, string select, bool ordered)
    {
        var sql = new StringBuilder(select).Append(" FROM runs r JOIN experiments e ON e.id = r.experiment_id");
        var metric = ordered ? query.OrderByMetric : null;
        if (metric is not null)
        {
            sql.Append(" LEFT JOIN latest_metrics o ON o.run_id = r.id AND o.key = $metric");
        }

        var conditions = new List<string>();
        if (query.Experiment is not null)
        {
            conditions.Add("r.experiment_id = (SELECT id FROM experiments WHERE name = $experiment)");
        }

        if (query.Status is not null)
        {
            conditions.Add("r.status = $status");
        }

        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }

        if (ordered)
        {
            sql.Append(" ORDER BY ");
            if (metric is not null)
            {
                var lower = query.LowerIsBetter ?? MetricDirection.LowerIsBetter(metric);
                sql.Append("o.value IS NULL, o.value ").Append(lower ? "ASC" : "DESC").Append(", ");
            }

            sql.Append("r.start_time DESC, r.id LIMIT $limit");
        }

        return Sql.Command(
            connection,
            transaction,
            sql.ToString(),
            ("$metric", metric),
            ("$experiment", query.Experiment?.Trim()),
            ("$status", query.Status is { } status ? RunStatuses.ToText(status) : null),
            ("$limit", Math.Max(0, query.Limit)));
    }
}
