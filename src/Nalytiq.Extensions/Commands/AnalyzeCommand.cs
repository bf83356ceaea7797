using Microsoft.DotNet.Interactive;
using Nalytiq.Analysis;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Nalytiq.TimeSeries;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary><c>#!analyze</c>: profile a frame with live progress, optionally bind the profile, show the analysis.</summary>
internal sealed class AnalyzeCommand(Workbench workbench)
{
    public static readonly string[] Periods = ["day", "week", "month"];

    public static readonly DirectiveSpec Spec = new("#!analyze", "Analyze_Description",
    [
        new("--variable", "Analyze_Param_Variable", "Hint_Variable") { Implicit = true, Required = true },
        new("--by", "Analyze_Param_By", "Hint_Column"),
        new("--time", "Analyze_Param_Time", "Hint_Column"),
        new("--every", "Analyze_Param_Every", Choices: Periods),
        new("--refresh", "Analyze_Param_Refresh") { Flag = true },
        new("--no-cache", "Analyze_Param_NoCache") { Flag = true },
        new("--name", "Analyze_Param_Name", "Hint_Variable"),
    ]);

    public Task HandleAsync(NalytiqAnalyzeCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = ParseOptions(command);
            var frame = await VariableReader.GetFrameAsync(context, command.Variable);
            var name = command.Variable!.Trim();
            var result = await live.FollowAsync<ProfileProgress, AnalysisResult>(
                progress => workbench.AnalyzeAsync(name, frame, options, progress, context.CancellationToken),
                progress => new AnalyzeProgressView(name, progress.TryGetLatest(out var latest) ? latest : null, progress.Elapsed));
            if (Blank(command.Name) is { } target)
            {
                await VariableBinder.BindAsync(context, target, result.Profile);
            }

            live.Update(result);
        });

    public static AnalyzeOptions ParseOptions(NalytiqAnalyzeCommand command)
    {
        if (Blank(command.Name) is { } name && !DatasetNames.IsValidIdentifier(name))
        {
            throw new NalytiqException(new LocalizedText("Upload_InvalidName", command.Name));
        }

        var every = Choice(command.Every, "--every", Periods);
        if (every is not null && Blank(command.Time) is null)
        {
            throw new NalytiqException(new LocalizedText("Analyze_EveryNeedsTime"));
        }

        return new AnalyzeOptions
        {
            Profile = ProfileOptions.Default with { GroupBy = Blank(command.By) },
            TimeColumn = Blank(command.Time),
            Every = every switch
            {
                "week" => ResamplePeriod.Week,
                "month" => ResamplePeriod.Month,
                _ => ResamplePeriod.Day,
            },
            Refresh = command.Refresh,
            NoCache = command.NoCache,
        };
    }
}
