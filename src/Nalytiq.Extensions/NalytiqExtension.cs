using System.Runtime.CompilerServices;
using Microsoft.DotNet.Interactive;
using Nalytiq.Extensions.Commands;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Extensions.Variables;

namespace Nalytiq.Extensions;

/// <summary>
/// Wires Nalytiq into a notebook kernel: the magic commands, the formatters and one <see cref="Nalytiq.Workbench"/>
/// per session. Loading twice is harmless.
/// </summary>
public static class NalytiqExtension
{
    private static readonly ConditionalWeakTable<Kernel, Workbench> Sessions = [];
    private static readonly Lock Gate = new();

    /// <summary>The workbench of the most recently loaded session, for notebook code (<c>Nalytiq.Extensions.NalytiqExtension.Workbench</c>).</summary>
    public static Workbench? Workbench { get; private set; }

    /// <summary>Loads Nalytiq into <paramref name="kernel"/> (the root kernel) with the environment's defaults.</summary>
    public static void Load(Kernel kernel) => Load(kernel, null);

    /// <summary>Loads Nalytiq into <paramref name="kernel"/> with explicit workbench options.</summary>
    public static void Load(Kernel kernel, WorkbenchOptions? options)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var root = kernel.RootKernel;
        Workbench workbench;
        lock (Gate)
        {
            if (Sessions.TryGetValue(root, out var existing))
            {
                Workbench = existing;
                return;
            }

            workbench = new Workbench(options ?? WorkbenchOptions.FromEnvironment());
            Sessions.Add(root, workbench);
            Workbench = workbench;
        }

        NalytiqFormatters.Register(CurrentText, RenderChart);
        NalytiqCommands.Register(root, workbench);
        ReplacedValues.Watch(root);
        root.RegisterForDisposal(() =>
        {
            Sessions.Remove(root);

            // Stops the embedded Garnet server so its folder is free for the next kernel (and its data checkpointed).
            workbench.DisposeAsync().AsTask().GetAwaiter().GetResult();
        });

        if (KernelInvocationContext.Current is { } context)
        {
            context.DisplayAs(workbench.Text.Format("Ext_Loaded", Workbench.Version), "text/markdown");

            // The host loads the extensions of one restore in no fixed order, and Microsoft.Data.Analysis' own
            // registers a DataFrame formatter too (the last registration wins): register ours again once the whole
            // #r cell, and every extension it loaded, is done.
            context.OnComplete(_ => NalytiqFormatters.Register(CurrentText, RenderChart));
        }
    }

    /// <summary>
    /// The language of the session whose command is running, so formatters (which are process-wide) still speak the
    /// language of the kernel that displays the value.
    /// </summary>
    internal static Localization.Localizer CurrentText() =>
        KernelInvocationContext.Current?.HandlingKernel?.RootKernel is { } root && Sessions.TryGetValue(root, out var session)
            ? session.Text
            : Workbench?.Text ?? Localization.Localizer.English;

    /// <summary>Draws a chart for the current session, with its culture's number separators.</summary>
    internal static string RenderChart(Charts.ChartSpec chart, bool compact = false)
    {
        var text = CurrentText();
        var charts = Workbench?.Charts ?? Charts.ChartRuntime.Shared;
        var options = compact
            ? new Charts.ChartRenderOptions { Culture = text.Culture, Compact = true, Width = 160, Height = 40 }
            : new Charts.ChartRenderOptions { Culture = text.Culture, Height = 300 };
        return charts.RenderHtml(chart, options);
    }

    /// <summary>The workbench of the session <paramref name="kernel"/> belongs to.</summary>
    public static Workbench GetWorkbench(Kernel kernel)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return Sessions.TryGetValue(kernel.RootKernel, out var workbench)
            ? workbench
            : throw new InvalidOperationException("Nalytiq is not loaded in this kernel.");
    }
}
