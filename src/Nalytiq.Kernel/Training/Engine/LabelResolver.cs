using System.Globalization;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>Reads the label, drops rows without one and decides the task (or checks the one asked for).</summary>
internal static class LabelResolver
{
    /// <summary>Whole-number labels with at most this many values are classes, not a quantity.</summary>
    public const int MaxIntegerClasses = 10;

    /// <summary>More classes than this is not a classification we attempt.</summary>
    public const int MaxClasses = 100;

    public static LabelData Resolve(DataFrame frame, TrainingRequest request)
    {
        var column = frame.Columns[request.LabelColumn];
        var label = request.LabelColumn;
        var kind = ColumnKinds.Of(column)
            ?? throw new TrainingException(new LocalizedText("Train_LabelUnsupportedType", label, column.DataType.Name), column: label);
        if (kind is ColumnKind.DateTime or ColumnKind.Time)
        {
            throw new TrainingException(new LocalizedText("Train_LabelUnsupportedType", label, column.DataType.Name), column: label);
        }

        var all = ColumnValues.AllRows(frame);
        var texts = ColumnValues.Texts(column, all);
        var numbers = kind.IsNumeric() ? ColumnValues.Numbers(column, all) : null;
        var rows = all.Where(i => texts[i] is not null && (numbers is null || double.IsFinite(numbers[i]))).ToArray();
        if (rows.Length == 0)
        {
            throw new TrainingException(new LocalizedText("Train_LabelAllMissing", label), column: label);
        }

        var distinct = rows.Select(i => texts[i]!).Distinct(StringComparer.Ordinal).ToList();
        if (distinct.Count == 1)
        {
            throw new TrainingException(new LocalizedText("Train_LabelConstant", label, distinct[0]), column: label);
        }

        var (task, reason) = Decide(request, label, kind, distinct.Count, numbers, rows);
        var classes = task == TrainingTask.Regression ? [] : SortClasses(distinct, kind);
        var classIndex = new int[rows.Length];
        var values = new double[task == TrainingTask.Regression ? rows.Length : 0];
        if (task == TrainingTask.Regression)
        {
            for (var i = 0; i < rows.Length; i++)
            {
                values[i] = numbers![rows[i]];
            }
        }
        else
        {
            var lookup = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
            for (var i = 0; i < rows.Length; i++)
            {
                classIndex[i] = lookup[texts[rows[i]]!];
            }
        }

        if (task == TrainingTask.Binary)
        {
            reason = new LocalizedText("Train_TaskBinaryPositive", reason, classes[1]);
        }

        return new LabelData(task, reason, kind, classes, rows, classIndex, values, all.Length - rows.Length);
    }

    private static (TrainingTask Task, LocalizedText Reason) Decide(
        TrainingRequest request, string label, ColumnKind kind, int distinct, double[]? numbers, int[] rows)
    {
        switch (request.Task)
        {
            case TrainingTask.Binary when distinct != 2:
                throw new TrainingException(new LocalizedText("Train_BinaryNeedsTwoClasses", label, distinct), column: label, option: "task");
            case TrainingTask.Regression when numbers is null:
                throw new TrainingException(new LocalizedText("Train_RegressionNeedsNumbers", label), column: label, option: "task");
            case TrainingTask.Multiclass when distinct > MaxClasses:
                throw new TrainingException(new LocalizedText("Train_TooManyClasses", label, distinct, MaxClasses), column: label, option: "task");
            case TrainingTask.Binary or TrainingTask.Multiclass or TrainingTask.Regression:
                return (request.Task, new LocalizedText("Train_TaskAsked"));
        }

        if (distinct == 2)
        {
            return (TrainingTask.Binary, new LocalizedText("Train_TaskDetectedTwoValues", label));
        }

        if (numbers is null)
        {
            return distinct <= MaxClasses
                ? (TrainingTask.Multiclass, new LocalizedText("Train_TaskDetectedCategories", label, distinct))
                : throw new TrainingException(new LocalizedText("Train_TooManyClasses", label, distinct, MaxClasses), column: label);
        }

        var whole = rows.All(i => numbers[i] == Math.Floor(numbers[i]));
        return whole && distinct <= MaxIntegerClasses && kind != ColumnKind.Double
            ? (TrainingTask.Multiclass, new LocalizedText("Train_TaskDetectedFewWholeNumbers", label, distinct))
            : (TrainingTask.Regression, new LocalizedText("Train_TaskDetectedNumbers", label, distinct));
    }

    private static List<string> SortClasses(List<string> distinct, ColumnKind kind)
    {
        if (kind.IsNumeric())
        {
            return [.. distinct.OrderBy(t => double.Parse(t, CultureInfo.InvariantCulture))];
        }

        // "false" < "true" ordinally, so booleans get the usual negative/positive order too.
        return [.. distinct.OrderBy(t => t, StringComparer.Ordinal)];
    }
}
