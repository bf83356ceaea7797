using System.Text;

namespace Nalytiq.Assistant;

/// <summary>Writes the context at one shape; the budget calls it with smaller shapes until the text fits.</summary>
internal static class ContextRenderer
{
    public static string Render(IReadOnlyList<ContextDataset> datasets, PrivacyLevel privacy, ContextShape shape)
    {
        var text = new StringBuilder();
        foreach (var dataset in datasets)
        {
            text.Append("Dataset `").Append(dataset.Name).Append('`');
            text.AppendLine(dataset.Overview is null ? ":" : ": " + dataset.Overview);
            var kept = dataset.Columns.Take(shape.KeptColumns).ToList();
            foreach (var (column, index) in kept.Select((c, i) => (c, i)))
            {
                text.Append("- ").Append(column.Name);
                if (privacy >= PrivacyLevel.Schema)
                {
                    text.Append(" (").Append(DataContextBuilder.KindName(column.Kind)).Append(')');
                }

                if (index < shape.DetailedColumns && column.Figures is not null)
                {
                    text.Append(": ").Append(column.Figures);
                }

                if (shape.Samples && column.Samples is not null)
                {
                    text.Append("; ").Append(column.Samples);
                }

                text.AppendLine();
            }

            if (dataset.Columns.Count > kept.Count)
            {
                text.Append("- (").Append(dataset.Columns.Count - kept.Count).AppendLine(" more columns not listed)");
            }

            if (dataset.Correlations is not null)
            {
                text.Append("Correlations: ").AppendLine(dataset.Correlations);
            }

            if (dataset.Alerts is not null)
            {
                text.Append("Alerts: ").AppendLine(dataset.Alerts);
            }
        }

        return text.ToString();
    }
}
