using Microsoft.Data.Analysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Nalytiq.Localization;
using Shouldly;

namespace Nalytiq.Extensions.Tests;

/// <summary>A real composite kernel with a C# kernel and Nalytiq loaded, working in its own temporary folder.</summary>
internal sealed class NotebookSession : IDisposable
{
    private NotebookSession(CompositeKernel kernel, string directory)
    {
        Kernel = kernel;
        Directory = directory;
    }

    public CompositeKernel Kernel { get; }

    public string Directory { get; }

    /// <summary>Starts a session; with <paramref name="asAnalyst"/>, its options come from the folder as a notebook's do (saved settings included).</summary>
    public static async Task<NotebookSession> StartAsync(Language language = Language.English, string? directory = null, bool asAnalyst = false, TimeProvider? clock = null)
    {
        directory ??= Path.Combine(Path.GetTempPath(), "nalytiq-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        var csharp = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        csharp.AddAssemblyReferences([typeof(DataFrame).Assembly.Location, typeof(Workbench).Assembly.Location, typeof(NalytiqExtension).Assembly.Location, typeof(Nalytiq.Charts.ChartSpec).Assembly.Location]);
        var kernel = new CompositeKernel { csharp };
        kernel.DefaultKernelName = csharp.Name;
        var options = asAnalyst
            ? WorkbenchOptions.FromEnvironment(directory)
            : new WorkbenchOptions
            {
                WorkingDirectory = directory,
                HomeDirectory = Path.Combine(directory, ".nalytiq"),
                Language = language,
                TimeProvider = clock ?? TimeProvider.System,
            };
        var result = await kernel.SendAsync(new SubmitCode("1"));
        result.Events.OfType<CommandFailed>().ShouldBeEmptyOrThrow();
        NalytiqExtension.Load(kernel, options);
        return new NotebookSession(kernel, directory);
    }

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    public async Task<IReadOnlyList<KernelEvent>> SubmitAsync(string code)
    {
        var result = await Kernel.SendAsync(new SubmitCode(code));
        return result.Events;
    }

    public void Dispose() => Dispose(deleteDirectory: true);

    /// <summary>Ends the kernel, as a restart does; the folder (and the cache in it) can outlive it.</summary>
    public void Dispose(bool deleteDirectory)
    {
        Kernel.Dispose();
        if (!deleteDirectory)
        {
            return;
        }

        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

internal static class EventAssertions
{
    public static void ShouldBeEmptyOrThrow(this IEnumerable<CommandFailed> failures)
    {
        if (failures.FirstOrDefault() is { } failure)
        {
            throw new InvalidOperationException(failure.Message);
        }
    }

    public static string Html(this IEnumerable<KernelEvent> events) =>
        string.Join(
            "\n",
            events.OfType<DisplayEvent>().SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/html").Select(v => v.Value));

    /// <summary>The HTML outputs with entities decoded, for asserting on text with accents.</summary>
    public static string HtmlText(this IEnumerable<KernelEvent> events) => System.Net.WebUtility.HtmlDecode(events.Html());

    public static void ShouldSucceed(this IEnumerable<KernelEvent> events)
    {
        var list = events.ToList();
        list.OfType<CommandFailed>().ShouldBeEmptyOrThrow();
        list.OfType<CommandSucceeded>().ShouldNotBeEmpty();
    }

    public static CommandFailed ShouldFail(this IEnumerable<KernelEvent> events) =>
        events.OfType<CommandFailed>().FirstOrDefault() ?? throw new InvalidOperationException("The command did not fail.");
}
