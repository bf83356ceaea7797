using Microsoft.Data.Analysis;
using Nalytiq.Analysis.Engine;

namespace Nalytiq.Assistant;

internal sealed partial class FrameTools
{
    /// <summary>Below samples, labels of columns with more distinct values than this look like identifiers and stay here.</summary>
    private const int IdentifierLike = 50;

    private static string Describe(DataFrameColumn column, CancellationToken token)
    {
        var present = 0L;
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        for (long row = 0; row < column.Length; row++)
        {
            Check(row, token);
            if (column[row] is { } value)
            {
                present++;
                if (distinct.Count <= 100_000)
                {
                    distinct.Add(Text(value));
                }
            }
        }

        var line = $"rows {column.Length}; present {present}; missing {column.Length - present}; distinct {distinct.Count}{(distinct.Count > 100_000 ? "+" : string.Empty)}";
        if (IsNumeric(column))
        {
            var values = Numbers(column, token);
            values.Sort();
            if (values.Count > 0)
            {
                var mean = values.Average();
                var sd = values.Count > 1 ? Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1)) : 0;
                line += $"; min {G(values[0])}; mean {G(mean)}; median {G(Interpolate(values, 0.5))}; max {G(values[^1])}; sd {G(sd)}";
            }
        }

        return line;
    }

    private string Counts(DataFrameColumn column, int top, CancellationToken token)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        for (long row = 0; row < column.Length; row++)
        {
            Check(row, token);
            var key = column[row] is { } value ? Text(value) : "(missing)";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var ordered = counts.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(top);
        return $"distinct {counts.Count}: " + string.Join("; ", ordered.Select(p => $"{Label(column, p.Key, counts.Count)} = {p.Value}"));
    }

    private string Grouped(DataFrameColumn groups, DataFrameColumn values, string aggregate, CancellationToken token)
    {
        if (!IsNumeric(values) && aggregate != "count")
        {
            throw new ToolException($"'{values.Name}' is not numeric");
        }

        var buckets = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        for (long row = 0; row < groups.Length; row++)
        {
            Check(row, token);
            var key = groups[row] is { } g ? Text(g) : "(missing)";
            if (!buckets.TryGetValue(key, out var list))
            {
                buckets[key] = list = [];
            }

            if (values[row] is { } v && (aggregate == "count" || Number(v) is { } number && double.IsFinite(number)))
            {
                list.Add(aggregate == "count" ? 1 : Number(v)!.Value);
            }
        }

        Func<List<double>, double> reduce = aggregate.Trim().ToLowerInvariant() switch
        {
            "sum" => l => l.Sum(),
            "count" => l => l.Count,
            "min" => l => l.Count == 0 ? double.NaN : l.Min(),
            "max" => l => l.Count == 0 ? double.NaN : l.Max(),
            "median" => l => l.Count == 0 ? double.NaN : Interpolate([.. l.Order()], 0.5),
            "mean" => l => l.Count == 0 ? double.NaN : l.Average(),
            _ => throw new ToolException($"unknown aggregate '{aggregate}': mean, sum, count, min, max or median"),
        };
        var results = buckets.Select(b => (b.Key, Value: reduce(b.Value))).OrderByDescending(r => r.Value).Take(MaxLabels);
        return $"{aggregate} of {values.Name} by {groups.Name} ({buckets.Count} groups): "
            + string.Join("; ", results.Select(r => $"{Label(groups, r.Key, buckets.Count)} = {G(r.Value)}"));
    }

    private static string Filtered(DataFrameColumn column, string op, string value, CancellationToken token)
    {
        var numeric = IsNumeric(column);
        double? threshold = numeric && double.TryParse(value, System.Globalization.NumberStyles.Float, Invariant, out var t) ? t : null;
        if (numeric && threshold is null && op is not ("missing" or "contains"))
        {
            throw new ToolException($"'{value}' is not a number");
        }

        long matches = 0;
        for (long row = 0; row < column.Length; row++)
        {
            Check(row, token);
            var cell = column[row];
            var hit = op.Trim().ToLowerInvariant() switch
            {
                "missing" => cell is null || (Number(cell) is { } m && double.IsNaN(m)),
                "contains" => cell is not null && Text(cell).Contains(value, StringComparison.OrdinalIgnoreCase),
                _ when cell is null => false,
                _ when numeric => Compare(Number(cell) ?? double.NaN, threshold!.Value, op),
                _ => Compare(string.Compare(Text(cell), value, StringComparison.Ordinal), 0, op),
            };
            matches += hit ? 1 : 0;
        }

        return $"{matches} of {column.Length} rows";
    }

    private static string Pearson(DataFrameColumn first, DataFrameColumn second, CancellationToken token)
    {
        if (!IsNumeric(first) || !IsNumeric(second))
        {
            throw new ToolException("both columns must be numeric");
        }

        var moments = new CoMoments();
        for (long row = 0; row < Math.Min(first.Length, second.Length); row++)
        {
            Check(row, token);
            if (Number(first[row]) is { } x && Number(second[row]) is { } y && double.IsFinite(x) && double.IsFinite(y))
            {
                moments.Add(x, y);
            }
        }

        return moments.Correlation is { } r ? $"pearson {G(r)} (n={moments.Count})" : $"undefined (n={moments.Count})";
    }

    private static string QuantileOf(DataFrameColumn column, double q, CancellationToken token)
    {
        if (!IsNumeric(column) || q is < 0 or > 1 || double.IsNaN(q))
        {
            throw new ToolException("the column must be numeric and q between 0 and 1");
        }

        var values = Numbers(column, token);
        values.Sort();
        return values.Count == 0 ? "no value" : $"q{G(q)} = {G(Interpolate(values, q))} (n={values.Count})";
    }
}
