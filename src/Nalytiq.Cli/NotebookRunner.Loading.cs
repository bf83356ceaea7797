using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>Reading the notebook.</summary>
internal sealed partial class NotebookRunner
{
    private static async Task<InteractiveDocument> LoadAsync(string path)
    {
        if (!File.Exists(path))
        {
            throw new NalytiqException(new LocalizedText("Cli_NotebookNotFound", path));
        }

        var kernels = new KernelInfoCollection
        {
            new("csharp", "C#", ["c#", "C#", "cs"]),
            new("markdown", "Markdown", ["md"]),
        };
        kernels.DefaultKernelName = "csharp";
        try
        {
            return await InteractiveDocument.LoadAsync(new FileInfo(path), kernels).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException)
        {
            throw new NalytiqException(new LocalizedText("Cli_NotebookUnreadable", path, e.Message), e);
        }
    }

    private static InteractiveDocument CopyMetadata(InteractiveDocument document)
    {
        var executed = new InteractiveDocument();
        foreach (var (key, value) in document.Metadata)
        {
            // The Jupyter writer regenerates the kernel list; read from an .ipynb it is a plain dictionary it can't
            // reuse. A previous run's record is replaced by this run's.
            if (key is not ("kernelInfo" or "polyglot_notebook" or ExecutionMetadata.Key))
            {
                executed.Metadata[key] = value;
            }
        }

        return executed;
    }
}
