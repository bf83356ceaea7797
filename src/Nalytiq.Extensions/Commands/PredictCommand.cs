using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!predict</c>: score a frame with a recorded run and bind the scored frame.</summary>
internal sealed class PredictCommand(Workbench workbench)
{
    public static readonly DirectiveSpec Spec = new("#!predict", "Predict_Description",
    [
        new("--variable", "Predict_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--run", "Predict_Param_Run", "Predict_Hint_Run"),
        new("--metric", "Predict_Param_Metric", "Runs_Hint_Metric"),
        new("--name", "Predict_Param_Name", "Hint_Variable"),
    ]);

    public Task HandleAsync(NalytiqPredictCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var name = command.Variable?.Trim();
            var frame = await VariableReader.GetFrameAsync(context, name);
            var result = await workbench.PredictAsync(frame, Blank(command.Run) ?? "latest", Blank(command.Metric), cancellationToken: context.CancellationToken);
            var target = Blank(command.Name) ?? name + "_predicted";
            await VariableBinder.BindAsync(context, target, result.Frame);
            live.Update(new PredictionView(result, name!, target));
        });
}
