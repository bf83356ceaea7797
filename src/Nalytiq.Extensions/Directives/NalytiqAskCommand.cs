using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!ask</c> magic.</summary>
public sealed class NalytiqAskCommand : KernelDirectiveCommand
{
    /// <summary>The question, in quotes.</summary>
    public string? Question { get; set; }

    /// <summary>Frame variables, comma-separated; every uploaded dataset when absent.</summary>
    public string? Data { get; set; }

    /// <summary><c>names|schema|stats|samples</c>.</summary>
    public string? Privacy { get; set; }

    /// <summary><c>auto|gemini|ollama|openai|offline</c>.</summary>
    public string? Provider { get; set; }

    /// <summary><c>summary|quality|drivers|next-steps</c>.</summary>
    public string? Prompt { get; set; }

    /// <summary>Show what would be sent; send nothing.</summary>
    public bool ShowContext { get; set; }

    /// <summary>Clear the conversation first.</summary>
    public bool Reset { get; set; }

    /// <summary>List the detected providers.</summary>
    public bool Providers { get; set; }

    /// <summary>A key for <see cref="Provider"/>, for this session only (best given as <c>@password:"API key"</c>).</summary>
    public string? Key { get; set; }
}
