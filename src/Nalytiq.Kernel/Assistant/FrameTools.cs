using System.Collections.Concurrent;
using System.ComponentModel;
using System.Globalization;
using Microsoft.Data.Analysis;
using Microsoft.SemanticKernel;

namespace Nalytiq.Assistant;

/// <summary>
/// The functions the model may call so it computes instead of guessing. They only read the bound frames (no file, no
/// network, no change), stop after a row and a time limit, and return short invariant text. Every call is recorded
/// for the answer card and the audit log.
/// </summary>
internal sealed partial class FrameTools(IReadOnlyList<ProfiledFrame> frames, PrivacyLevel privacy, AssistantOptions options)
{
    private const int MaxLabels = 20;
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private readonly ConcurrentQueue<ToolCall> _calls = new();

    public IReadOnlyList<ToolCall> Calls => [.. _calls];

    [KernelFunction("describe_column"), Description("Count, missing values, distinct values, and for numbers min, mean, median, max and standard deviation of one column.")]
    public string DescribeColumn([Description("The dataset name.")] string dataset, [Description("The column name.")] string column) =>
        Run(nameof(DescribeColumn), $"dataset={dataset}, column={column}", token => Describe(Column(dataset, column), token));

    [KernelFunction("value_counts"), Description("The most frequent values of a column with their counts.")]
    public string ValueCounts(string dataset, string column, [Description("How many values, at most 20.")] int top = 10) =>
        Run(nameof(ValueCounts), $"dataset={dataset}, column={column}, top={top}", token => Counts(Column(dataset, column), Math.Clamp(top, 1, MaxLabels), token));

    [KernelFunction("group_aggregate"), Description("Aggregates a numeric column per value of a grouping column: mean, sum, count, min, max or median.")]
    public string GroupAggregate(string dataset, [Description("The column to group by.")] string groupBy, [Description("The numeric column to aggregate.")] string column, [Description("mean|sum|count|min|max|median")] string aggregate = "mean") =>
        Run(nameof(GroupAggregate), $"dataset={dataset}, groupBy={groupBy}, column={column}, aggregate={aggregate}", token => Grouped(Column(dataset, groupBy), Column(dataset, column), aggregate, token));

    [KernelFunction("filtered_count"), Description("How many rows satisfy a condition on one column.")]
    public string FilteredCount(string dataset, string column, [Description("eq|ne|gt|ge|lt|le|contains|missing")] string op, [Description("The value to compare with (invariant culture).")] string value = "") =>
        Run(nameof(FilteredCount), $"dataset={dataset}, column={column}, op={op}, value={value}", token => Filtered(Column(dataset, column), op, value, token));

    [KernelFunction("correlation"), Description("Pearson correlation of two numeric columns over rows where both are present.")]
    public string Correlation(string dataset, string first, string second) =>
        Run(nameof(Correlation), $"dataset={dataset}, first={first}, second={second}", token => Pearson(Column(dataset, first), Column(dataset, second), token));

    [KernelFunction("quantile"), Description("A quantile of a numeric column, e.g. 0.9 for the 90th percentile (linear interpolation).")]
    public string Quantile(string dataset, string column, [Description("Between 0 and 1.")] double q) =>
        Run(nameof(Quantile), $"dataset={dataset}, column={column}, q={q.ToString(Invariant)}", token => QuantileOf(Column(dataset, column), q, token));

    /// <summary>Runs one call under the time limit and records it; errors go back to the model as text, never thrown.</summary>
    private string Run(string method, string arguments, Func<CancellationToken, string> body)
    {
        using var timeout = new CancellationTokenSource(options.ToolTimeout);
        string result;
        try
        {
            result = body(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            result = "error: the tool ran out of time";
        }
        catch (ToolException e)
        {
            result = "error: " + e.Message;
        }

        _calls.Enqueue(new ToolCall(ToSnake(method), arguments, result));
        return result;
    }

    private DataFrameColumn Column(string dataset, string column)
    {
        var frame = frames.FirstOrDefault(f => string.Equals(f.Name, dataset, StringComparison.OrdinalIgnoreCase))
            ?? (frames.Count == 1 ? frames[0] : throw new ToolException($"no dataset named '{dataset}'; known: {string.Join(", ", frames.Select(f => f.Name))}"));
        var index = frame.Source.Frame.Columns.IndexOf(column);
        if (index < 0)
        {
            var match = frame.Source.Frame.Columns.FirstOrDefault(c => string.Equals(c.Name, column, StringComparison.OrdinalIgnoreCase));
            return match ?? throw new ToolException($"no column named '{column}' in '{frame.Name}'");
        }

        var found = frame.Source.Frame.Columns[index];
        return found.Length > options.ToolRowLimit
            ? throw new ToolException($"the frame has {found.Length} rows, more than the tool limit of {options.ToolRowLimit}")
            : found;
    }

    private static string ToSnake(string name) => string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
