namespace Nalytiq.Extensions.Directives;

/// <summary>One option of a magic command, described once for both the parser and the help.</summary>
/// <param name="Name">The option, e.g. <c>--name</c>.</param>
/// <param name="DescriptionKey">The resource key of its description.</param>
/// <param name="ValueHintKey">The resource key of its value placeholder (<c>path</c>, <c>variable</c>); null for flags and fixed choices.</param>
/// <param name="Choices">The allowed values, when fixed.</param>
internal sealed record ParameterSpec(string Name, string DescriptionKey, string? ValueHintKey = null, IReadOnlyList<string>? Choices = null)
{
    /// <summary>Whether the value may be given without the option name (one per command).</summary>
    public bool Implicit { get; init; }

    /// <summary>Whether the option is a switch without a value.</summary>
    public bool Flag { get; init; }

    /// <summary>Whether the command needs it.</summary>
    public bool Required { get; init; }

    /// <summary>The input kind a front end may prompt with (<c>file</c>, <c>text</c>).</summary>
    public string TypeHint { get; init; } = "text";
}
