using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;
using Nalytiq.Extensions;

namespace Nalytiq.Cli;

/// <summary>
/// The in-process kernel a notebook runs in, shared by <c>nalytiq run</c> and <c>nalytiq kernel</c>: C# with NuGet
/// references, the usual helpers and Nalytiq loaded, as the notebook host would have them after
/// <c>#r "nuget: Nalytiq.Extensions"</c>.
/// </summary>
internal sealed class NotebookKernel : IDisposable
{
    /// <summary>How long a cancelled cell's handlers get to stop before the cell is reported ended anyway.</summary>
    public static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(5);

    private readonly RunningHandlers _handlers = new();
    private (SubmitCode Submission, IReadOnlyList<(string Reference, string Version)> References) _versionNotes;

    private NotebookKernel(CompositeKernel root, WorkbenchOptions options)
    {
        Root = root;
        Options = options;
        _handlers.Attach(root);
        root.AddMiddleware(NoteOtherVersionsAsync, "nalytiq-version-note");
    }

    /// <summary>The composite kernel cells are submitted to; its <c>KernelEvents</c> stream every event as it happens.</summary>
    public CompositeKernel Root { get; }

    /// <summary>The options the kernel was created with: its state folder is <see cref="WorkbenchOptions.HomeDirectory"/>.</summary>
    public WorkbenchOptions Options { get; }

    /// <summary>The notebook's language as it last chose it (<c>#!lang</c>), for what the kernel itself tells the user.</summary>
    public Localization.Localizer Text => NalytiqExtension.GetWorkbench(Root).Text;

    public static NotebookKernel Create(WorkbenchOptions options)
    {
        CompilerWarmUp.Start();
        var csharp = new CSharpKernel()
            .UseNugetDirective((kernel, references) =>
            {
                kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
                return Task.CompletedTask;
            })
            .UseKernelHelpers()
            .UseValueSharing()
            .UseWho();

        // The host carries Nalytiq itself: notebook code sees the same assemblies a package reference would give.
        csharp.AddAssemblyReferences(
        [
            typeof(DataFrame).Assembly.Location,
            typeof(Workbench).Assembly.Location,
            typeof(Nalytiq.Charts.ChartSpec).Assembly.Location,
            typeof(NalytiqExtension).Assembly.Location,
        ]);

        var composite = new CompositeKernel { csharp };
        composite.DefaultKernelName = csharp.Name;

        // No one is there to answer prompts: say so instead of waiting forever.
        composite.RegisterCommandHandler<RequestInput>((request, context) =>
        {
            context.Fail(request, message: Localization.Localizer.For(options.Language).Format("Cli_NoInput", request.Prompt));
            return Task.CompletedTask;
        });
        composite.SetDefaultTargetKernelNameForCommand(typeof(RequestInput), composite.Name);

        NalytiqExtension.Load(composite, options);
        return new NotebookKernel(composite, options);
    }

    /// <summary>
    /// Answers the kernel's input requests (<c>@input</c> and <c>@password</c> values, directive parameters typed
    /// <c>password</c>, <c>Kernel.GetInputAsync</c>) with <paramref name="read"/> (prompt, whether it is a password,
    /// cancellation) instead of failing them as <c>nalytiq run</c> does. A <see cref="NalytiqException"/> fails the
    /// request with its message, a cancellation with "interrupted".
    /// </summary>
    public void ReadInputFrom(Func<string, bool, CancellationToken, Task<string>> read) =>
        Root.RegisterCommandHandler<RequestInput>(async (request, context) =>
        {
            try
            {
                var value = await read(request.Prompt, request.IsPassword, context.CancellationToken).ConfigureAwait(false);
                context.Publish(new InputProduced(value, request));
            }
            catch (NalytiqException e)
            {
                context.Fail(request, message: e.Message);
            }
            catch (OperationCanceledException)
            {
                context.Fail(request, message: Text["Kernel_Interrupted"]);
            }
        });

    /// <summary>
    /// Runs one cell. Its <c>#r "nuget: Nalytiq.…"</c> lines are satisfied by the Nalytiq this process carries; every
    /// other line, <c>#i</c> and other packages included, runs unchanged. Cancelling <paramref name="cancellationToken"/>
    /// cancels the cell's <c>KernelInvocationContext.CancellationToken</c> and fails it with "Command cancelled.", once
    /// its handlers have stopped (or after <see cref="StopGrace"/>, for code that never looks at the token).
    /// </summary>
    public async Task<KernelCommandResult> SubmitAsync(string code, string? kernelName, CancellationToken cancellationToken)
    {
        var submission = new SubmitCode(NugetReferences.SatisfyNalytiq(code), kernelName ?? "csharp");
        var otherVersions = NugetReferences.OtherVersions(code, Workbench.Version);
        _versionNotes = otherVersions.Count > 0 ? (submission, otherVersions) : default;
        try
        {
            return await Root.SendAsync(submission, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // The scheduler lets go of a cancelled cell at once: without this wait the next cell would run beside it.
            if (cancellationToken.IsCancellationRequested)
            {
                _ = await _handlers.WaitIdleAsync(StopGrace, Options.TimeProvider).ConfigureAwait(false);
            }
        }
    }

    public void Dispose() => Root.Dispose();

    // A cell's #r line for another Nalytiq version is satisfied by the one this process carries: one line says so, in
    // the cell's own output (the notebook's language), before the cell runs.
    private Task NoteOtherVersionsAsync(KernelCommand command, KernelInvocationContext context, KernelPipelineContinuation next)
    {
        if (_versionNotes.Submission is { } submission && submission == command)
        {
            var text = Text;
            foreach (var (reference, version) in _versionNotes.References)
            {
                KernelInvocationContextExtensions.Display(context, text.Format("Cli_NalytiqVersionNote", Workbench.Version, version, reference), PlainTextFormatter.MimeType);
            }
        }

        return next(command, context);
    }
}
