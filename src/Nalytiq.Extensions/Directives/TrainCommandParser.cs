using System.Globalization;
using Nalytiq.Localization;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Directives;

/// <summary>Turns <c>#!train</c> options into a <see cref="TrainingRequest"/>, with a clear message for each bad value.</summary>
internal static class TrainCommandParser
{
    public static readonly string[] Tasks = ["auto", "binary", "multiclass", "regression"];

    public static readonly string[] TrainerNames = ["auto", "lightgbm", "fasttree", "fastforest", "sdca", "lbfgs"];

    public static TrainingRequest Parse(NalytiqTrainCommand command)
    {
        if (string.IsNullOrWhiteSpace(command.Label))
        {
            throw new NalytiqException(new LocalizedText("Train_LabelRequired"));
        }

        var request = new TrainingRequest(command.Label.Trim())
        {
            Task = Blank(command.Task) is { } task ? TrainingRequest.ParseTask(task) : TrainingTask.Auto,
            Trainers = Blank(command.Trainers) is { } trainers ? TrainingRequest.ParseTrainers(trainers) : [],
            Features = List(command.Features),
            Exclude = List(command.Exclude),
            ExperimentName = Blank(command.Experiment) ?? RunStore.DefaultExperiment,
        };
        if (Blank(command.TestFraction) is { } fraction)
        {
            request = request with { TestFraction = Number("--test-fraction", fraction) };
        }

        if (Blank(command.Folds) is { } folds)
        {
            request = request with { Folds = Whole("--folds", folds) };
        }

        if (Blank(command.TimeBudget) is { } budget)
        {
            var seconds = Number("--time-budget", budget);
            request = request with { TimeBudget = TimeSpan.FromSeconds(Math.Clamp(seconds, 0, TimeSpan.FromDays(1).TotalSeconds)) };
        }

        if (Blank(command.Seed) is { } seed)
        {
            request = request with { Seed = Whole("--seed", seed) };
        }

        return request;
    }

    private static string[] List(string? text) =>
        Blank(text)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static double Number(string option, string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new NalytiqException(new LocalizedText("Train_NotANumber", option, text));

    private static int Whole(string option, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new NalytiqException(new LocalizedText("Train_NotAWholeNumber", option, text));
}
