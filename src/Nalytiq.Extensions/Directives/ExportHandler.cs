using Microsoft.DotNet.Interactive;
using Nalytiq.Export;
using Nalytiq.Extensions.Formatters;

namespace Nalytiq.Extensions.Directives;

/// <summary>
/// <c>#!export</c>: read the variable, write the file through the workbench with live progress for a large frame,
/// then show a card saying what was written where.
/// </summary>
internal sealed class ExportHandler(Workbench workbench)
{
    public Task HandleAsync(NalytiqExportCommand command, KernelInvocationContext context) =>
        DirectiveBoundary.RunAsync(context, workbench, async live =>
        {
            var options = ExportCommandParser.Parse(command);
            var target = command.To!.Trim();
            if (!string.IsNullOrWhiteSpace(command.Run))
            {
                var exported = await workbench.ExportRunAsync(command.Run.Trim(), target, options, context.CancellationToken);
                live.Update(new ExportView(workbench.Text.Format("Jobs_ResultRun", command.Run.Trim()), exported, workbench.Text));
                return;
            }

            var source = await ExportSource.ReadAsync(context, command.Variable!);
            var clock = workbench.Options.TimeProvider;
            var started = clock.GetTimestamp();
            var progress = new LatestProgress<ExportProgress>();
            ExportProgressView View() =>
                new(Path.GetFileName(target), progress.TryGetLatest(out var latest) ? latest : null, clock.GetElapsedTime(started), workbench.Text);

            var work = source.Frame is { } frame
                ? workbench.ExportFrameAsync(frame, target, options, progress, context.CancellationToken)
                : workbench.ExportProfileAsync(source.Profile!, source.Name, target, options, context.CancellationToken);
            var result = await live.WhileAsync(work, View, clock);
            live.Update(new ExportView(source.Name, result, workbench.Text));
        });
}
