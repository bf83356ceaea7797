using Microsoft.Data.Analysis;
using Nalytiq.Localization;

namespace Nalytiq.Training.Engine;

/// <summary>Checks a request against the frame before any work, so every mistake gets its own clear message.</summary>
internal static class RequestValidator
{
    /// <summary>Fewer labelled rows than this cannot be split into training, validation and test rows.</summary>
    public const int MinRows = 10;

    public const int MaxFolds = 20;

    public static void Validate(DataFrame frame, TrainingRequest request)
    {
        var names = frame.Columns.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.LabelColumn) || !names.Contains(request.LabelColumn))
        {
            throw new TrainingException(new LocalizedText("Train_UnknownLabel", request.LabelColumn, Shorten(names)), column: request.LabelColumn, option: "label");
        }

        var unknownFeatures = request.Features.Where(f => !names.Contains(f)).ToList();
        if (unknownFeatures.Count > 0)
        {
            throw new TrainingException(new LocalizedText("Train_UnknownFeatures", string.Join(", ", unknownFeatures), Shorten(names)), column: unknownFeatures[0], option: "features");
        }

        var unknownExcluded = request.Exclude.Where(f => !names.Contains(f)).ToList();
        if (unknownExcluded.Count > 0)
        {
            throw new TrainingException(new LocalizedText("Train_UnknownExcluded", string.Join(", ", unknownExcluded), Shorten(names)), column: unknownExcluded[0], option: "exclude");
        }

        if (request.Features.Contains(request.LabelColumn, StringComparer.Ordinal))
        {
            throw new TrainingException(new LocalizedText("Train_LabelAmongFeatures", request.LabelColumn), column: request.LabelColumn, option: "features");
        }

        if (!(request.TestFraction is > 0 and < 0.9))
        {
            throw new TrainingException(new LocalizedText("Train_BadTestFraction", request.TestFraction), option: "test-fraction");
        }

        if (request.Folds is { } folds && (folds < 2 || folds > MaxFolds))
        {
            throw new TrainingException(new LocalizedText("Train_BadFolds", folds, MaxFolds), option: "folds");
        }

        if (request.TimeBudget < TrainingRequest.MinimumTimeBudget)
        {
            throw new TrainingException(new LocalizedText("Train_BudgetBelowMinimum", request.TimeBudget.TotalSeconds, TrainingRequest.MinimumTimeBudget.TotalSeconds), option: "time-budget");
        }

        if (request.TuningTrials < 0)
        {
            throw new TrainingException(new LocalizedText("Train_BadTuningTrials", request.TuningTrials));
        }
    }

    public static void ValidateRows(TrainingRequest request, LabelData label, int trainingRows)
    {
        if (label.Rows.Length < MinRows)
        {
            throw new TrainingException(new LocalizedText("Train_TooFewRows", label.Rows.Length, MinRows, request.LabelColumn), column: request.LabelColumn);
        }

        if (request.Folds is { } folds && trainingRows < folds)
        {
            throw new TrainingException(new LocalizedText("Train_FewerRowsThanFolds", trainingRows, folds), option: "folds");
        }
    }

    private static string Shorten(IEnumerable<string> names)
    {
        var list = names.Take(21).ToList();
        return list.Count > 20 ? string.Join(", ", list.Take(20)) + ", …" : string.Join(", ", list);
    }
}
