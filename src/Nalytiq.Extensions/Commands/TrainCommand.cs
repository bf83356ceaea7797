using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Localization;
using Nalytiq.Training;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!train</c>: tracked training with live progress, or a background job that returns at once.</summary>
internal sealed class TrainCommand(Workbench workbench)
{
    public static readonly string[] Tasks = ["auto", "binary", "multiclass", "regression"];

    public static readonly DirectiveSpec Spec = new("#!train", "Train_Description",
    [
        new("--variable", "Train_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--label", "Train_Param_Label", "Hint_Column"),
        new("--task", "Train_Param_Task", Choices: Tasks),
        new("--trainers", "Train_Param_Trainers", "Train_Hint_Trainers"),
        new("--features", "Train_Param_Features", "Train_Hint_Columns"),
        new("--exclude", "Train_Param_Exclude", "Train_Hint_Columns"),
        new("--test-fraction", "Train_Param_TestFraction", "Train_Hint_Fraction"),
        new("--folds", "Train_Param_Folds", "Train_Hint_Count"),
        new("--time-budget", "Train_Param_TimeBudget", "Train_Hint_Seconds"),
        new("--seed", "Train_Param_Seed", "Train_Hint_Count"),
        new("--experiment", "Train_Param_Experiment", "Runs_Hint_Experiment"),
        new("--background", "Train_Param_Background") { Flag = true },
        new("--name", "Train_Param_Name", "Hint_Variable"),
    ]);

    public Task HandleAsync(NalytiqTrainCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var request = ParseRequest(command);
            var name = command.Variable!.Trim();
            var frame = await VariableReader.GetFrameAsync(context, name);
            if (command.Background)
            {
                live.Update(new TrainingJobView(workbench.TrainInBackground(name, frame, request).Snapshot(), name, request.LabelColumn));
                return;
            }

            // Interrupting the cell cancels training; the engine then returns the best model so far, recorded as cancelled.
            // The cell shows that run but, like an interrupted upload, leaves the variables as they were.
            var trained = await live.FollowAsync<TrainingProgress, TrainingRun>(
                progress => workbench.TrainAsync(name, frame, request, progress, context.CancellationToken),
                progress => new TrainingProgressView(name, request.LabelColumn, progress.TryGetLatest(out var latest) ? latest : null, request.TimeBudget, progress.Elapsed));
            if (Blank(command.Name) is { } target && !context.CancellationToken.IsCancellationRequested)
            {
                await VariableBinder.BindAsync(context, target, trained);
            }

            live.Update(new TrainingRunView(trained, name));
        });

    public static TrainingRequest ParseRequest(NalytiqTrainCommand command)
    {
        var request = new TrainingRequest(Blank(command.Label) ?? throw new NalytiqException(new LocalizedText("Train_LabelRequired")))
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
            request = request with { TimeBudget = TimeSpan.FromSeconds(Math.Clamp(Number("--time-budget", budget), 0, TimeSpan.FromDays(1).TotalSeconds)) };
        }

        return Blank(command.Seed) is { } seed ? request with { Seed = Whole("--seed", seed) } : request;
    }
}
