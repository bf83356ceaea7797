using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Training;

namespace Nalytiq.Extensions.Directives;

/// <summary><c>#!train</c> and <c>#!predict</c>: tracked training with live progress, and scoring with a recorded run.</summary>
internal sealed class TrainingDirectives(Workbench workbench)
{
    public static readonly DirectiveSpec Train = new("#!train", "Train_Description",
    [
        new("--variable", "Train_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--label", "Train_Param_Label", "Hint_Column"),
        new("--task", "Train_Param_Task", Choices: TrainCommandParser.Tasks),
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

    public static readonly DirectiveSpec Predict = new("#!predict", "Predict_Description",
    [
        new("--variable", "Predict_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--run", "Predict_Param_Run", "Predict_Hint_Run"),
        new("--metric", "Predict_Param_Metric", "Runs_Hint_Metric"),
        new("--name", "Predict_Param_Name", "Hint_Variable"),
    ]);

    /// <summary>Adds both directives (the caller has checked they are not there yet).</summary>
    public static void Register(Kernel root, Workbench workbench)
    {
        var directives = new TrainingDirectives(workbench);
        root.AddDirective<NalytiqTrainCommand>(Train.ToDirective(workbench.Text), directives.TrainAsync);
        root.AddDirective<NalytiqPredictCommand>(Predict.ToDirective(workbench.Text), directives.PredictAsync);
    }

    private Task TrainAsync(NalytiqTrainCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var request = TrainCommandParser.Parse(command);
            var name = command.Variable!.Trim();
            var frame = await VariableReader.GetFrameAsync(context, name);
            if (command.Background)
            {
                var job = workbench.TrainInBackground(name, frame, request);
                live.Update(new TrainingJobView(job.Snapshot(), name, request.LabelColumn));
                return;
            }

            var clock = workbench.Options.TimeProvider;
            var started = clock.GetTimestamp();
            var progress = new LatestProgress<TrainingProgress>();
            TrainingProgressView View() =>
                new(name, request.LabelColumn, progress.TryGetLatest(out var latest) ? latest : null, request.TimeBudget, clock.GetElapsedTime(started));

            // Interrupting the cell cancels training; the engine then returns the best model so far, recorded as cancelled.
            var trained = await live.WhileAsync(workbench.TrainAsync(name, frame, request, progress, context.CancellationToken), View, clock);
            if (!string.IsNullOrWhiteSpace(command.Name))
            {
                await VariableBinder.BindAsync(context, command.Name.Trim(), trained);
            }

            live.Update(new TrainingRunView(trained, name));
        });

    private Task PredictAsync(NalytiqPredictCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var name = command.Variable?.Trim();
            var frame = await VariableReader.GetFrameAsync(context, name);
            var run = string.IsNullOrWhiteSpace(command.Run) ? "latest" : command.Run.Trim();
            var metric = string.IsNullOrWhiteSpace(command.Metric) ? null : command.Metric.Trim();
            var result = await workbench.PredictAsync(frame, run, metric, cancellationToken: context.CancellationToken);
            var target = string.IsNullOrWhiteSpace(command.Name) ? name + "_predicted" : command.Name.Trim();
            await VariableBinder.BindAsync(context, target, result.Frame);
            live.Update(new PredictionView(result, name!, target));
        });
}
