using Microsoft.Data.Analysis;

namespace Nalytiq.Training.Engine;

/// <summary>
/// The frame in the shape the ML.NET pipeline reads: one float column per number, boolean and date part, one string
/// column per text, and the label. Built the same way at training and prediction time, so the saved pipeline sees
/// the same columns.
/// </summary>
internal sealed class PreparedData
{
    public const string LabelName = "Label";

    private PreparedData(IReadOnlyList<PreparedColumn> columns, int rows, TrainingTask task, float[]? numericLabel, string[]? classLabel)
    {
        Columns = columns;
        Rows = rows;
        Task = task;
        NumericLabel = numericLabel;
        ClassLabel = classLabel;
    }

    public IReadOnlyList<PreparedColumn> Columns { get; }

    public int Rows { get; }

    public TrainingTask Task { get; }

    /// <summary>Regression targets, or binary targets as 0/1.</summary>
    public float[]? NumericLabel { get; }

    /// <summary>Multiclass targets as class names.</summary>
    public string[]? ClassLabel { get; }

    public static PreparedData Build(DataFrame frame, IReadOnlyList<FeatureColumn> features, int[] rows, TrainingTask task, LabelData? label)
    {
        var columns = new List<PreparedColumn>();
        for (var f = 0; f < features.Count; f++)
        {
            var feature = features[f];
            var source = frame.Columns[feature.Name];
            var name = "f" + f.ToString(System.Globalization.CultureInfo.InvariantCulture);
            switch (feature.Kind)
            {
                case FeatureKind.Numeric or FeatureKind.Boolean:
                    columns.Add(new(name, f, ToFloats(ColumnValues.Numbers(source, rows)), null));
                    break;
                case FeatureKind.Date:
                    AddDateParts(columns, name, f, ColumnValues.Dates(source, rows));
                    break;
                default:
                    columns.Add(new(name, f, null, [.. ColumnValues.Texts(source, rows).Select(t => t ?? string.Empty)]));
                    break;
            }
        }

        float[]? numeric = null;
        string[]? classes = null;
        if (label is not null)
        {
            switch (task)
            {
                case TrainingTask.Regression:
                    numeric = ToFloats(label.Values);
                    break;
                case TrainingTask.Binary:
                    numeric = [.. label.ClassIndex.Select(c => (float)c)];
                    break;
                default:
                    classes = [.. label.ClassIndex.Select(c => label.Classes[c])];
                    break;
            }
        }

        return new PreparedData(columns, rows.Length, task, numeric, classes);
    }

    /// <summary>A copy where the columns of one feature are shuffled together (for permutation importance).</summary>
    public PreparedData WithFeaturePermuted(int feature, int[] order) =>
        new([.. Columns.Select(c => c.Feature == feature ? c.Permuted(order) : c)], Rows, Task, NumericLabel, ClassLabel);


    /// <summary>A copy holding only the given rows, in that order.</summary>
    public PreparedData Subset(int[] rows) => new(
        [.. Columns.Select(c => c.Permuted(rows))],
        rows.Length,
        Task,
        NumericLabel is null ? null : [.. rows.Select(r => NumericLabel[r])],
        ClassLabel is null ? null : [.. rows.Select(r => ClassLabel[r])]);

    /// <summary>The selected rows as a frame ML.NET can read; the label is included when known and asked for.</summary>
    public DataFrame ToFrame(int[]? rows = null, bool includeLabel = true)
    {
        var frame = new DataFrame();
        foreach (var column in Columns)
        {
            frame.Columns.Add(column.Numbers is not null
                ? FrameColumns.Floats(column.Name, column.Numbers, rows)
                : FrameColumns.Strings(column.Name, column.Texts!, rows));
        }

        if (!includeLabel)
        {
            return frame;
        }

        if (NumericLabel is not null)
        {
            frame.Columns.Add(Task == TrainingTask.Binary
                ? FrameColumns.Booleans(LabelName, NumericLabel, rows)
                : FrameColumns.Floats(LabelName, NumericLabel, rows));
        }
        else if (ClassLabel is not null)
        {
            frame.Columns.Add(FrameColumns.Strings(LabelName, ClassLabel, rows));
        }

        return frame;
    }

    private static float[] ToFloats(double[] values)
    {
        var result = new float[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = double.IsFinite(values[i]) ? (float)values[i] : float.NaN;
        }

        return result;
    }

    private static void AddDateParts(List<PreparedColumn> columns, string name, int feature, DateTime?[] dates)
    {
        float Part(DateTime? d, Func<DateTime, int> part) => d.HasValue ? part(d.Value) : float.NaN;
        columns.Add(new(name + "_year", feature, [.. dates.Select(d => Part(d, x => x.Year))], null));
        columns.Add(new(name + "_month", feature, [.. dates.Select(d => Part(d, x => x.Month))], null));
        columns.Add(new(name + "_weekday", feature, [.. dates.Select(d => Part(d, x => (int)x.DayOfWeek))], null));
        columns.Add(new(name + "_hour", feature, [.. dates.Select(d => Part(d, x => x.Hour))], null));
    }
}
