using System.Globalization;
using Microsoft.DotNet.Interactive;
using Nalytiq.Export;
using Nalytiq.Extensions.Directives;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using static Nalytiq.Extensions.Directives.OptionText;

namespace Nalytiq.Extensions.Commands;

/// <summary>
/// <c>#!export</c>: write a variable (with live progress for a large frame) or a recorded run to a file, then show a
/// card saying what was written where.
/// </summary>
internal sealed class ExportCommand(Workbench workbench)
{
    public static readonly string[] Formats = ["auto", "csv", "tsv", "json", "ndjson", "xlsx", "parquet", "html"];

    public static readonly DirectiveSpec Spec = new("#!export", "Export_Description",
    [
        new("--variable", "Export_Param_Variable", "Hint_Variable") { Implicit = true },
        new("--run", "Export_Param_Run", "Predict_Hint_Run"),
        new("--to", "Export_Param_To", "Hint_Path") { Required = true, TypeHint = "file" },
        new("--format", "Export_Param_Format", Choices: Formats),
        new("--overwrite", "Export_Param_Overwrite") { Flag = true },
        new("--sheet", "Export_Param_Sheet", "Hint_Sheet"),
        new("--culture", "Export_Param_Culture", "Export_HintCulture"),
    ]);

    public Task HandleAsync(NalytiqExportCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = ParseOptions(command);
            var target = command.To!.Trim();
            if (Blank(command.Run) is { } run)
            {
                var exported = await workbench.ExportRunAsync(run, target, options, context.CancellationToken);
                live.Update(new ExportView(workbench.Text.Format("Jobs_ResultRun", run), exported, workbench.Text));
                return;
            }

            var source = await ExportSource.ReadAsync(context, command.Variable!);
            var result = await live.FollowAsync<ExportProgress, ExportResult>(
                progress => source.Frame is { } frame
                    ? workbench.ExportFrameAsync(frame, target, options, progress, context.CancellationToken)
                    : workbench.ExportProfileAsync(source.Profile!, source.Name, target, options, context.CancellationToken),
                progress => new ExportProgressView(Path.GetFileName(target), progress.TryGetLatest(out var latest) ? latest : null, progress.Elapsed, workbench.Text));
            live.Update(new ExportView(source.Name, result, workbench.Text));
        });

    public static ExportOptions ParseOptions(NalytiqExportCommand command)
    {
        var hasVariable = Blank(command.Variable) is not null;
        var hasRun = Blank(command.Run) is not null;
        if (hasVariable == hasRun)
        {
            throw new NalytiqException(new LocalizedText(hasRun ? "Export_VariableOrRun" : "Export_VariableRequired"));
        }

        if (Blank(command.To) is null)
        {
            throw new NalytiqException(new LocalizedText("Export_PathRequired"));
        }

        return new ExportOptions
        {
            Format = Enum.Parse<DataFormat>(Choice(command.Format, "--format", Formats) ?? "auto", ignoreCase: true),
            Overwrite = command.Overwrite,
            Sheet = Blank(command.Sheet),
            Culture = Culture(Blank(command.Culture)),
        };
    }

    private static CultureInfo? Culture(string? name)
    {
        try
        {
            return name is null ? null : CultureInfo.GetCultureInfo(name, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            throw new NalytiqException(new LocalizedText("Export_UnknownCulture", name));
        }
    }
}
