using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>
/// The parsed <c>#!upload</c> magic. Options are kept as text and validated by the handler, so a wrong value gets a
/// localized message listing the allowed ones instead of the parser's JSON error.
/// </summary>
public sealed class NalytiqUploadCommand : KernelDirectiveCommand
{
    /// <summary>The file to load.</summary>
    public string? Path { get; set; }

    /// <summary>The variable to bind.</summary>
    public string? Name { get; set; }

    /// <summary><c>auto|csv|tsv|json|ndjson|xlsx|parquet</c>.</summary>
    public string? Format { get; set; }

    /// <summary>The Excel sheet.</summary>
    public string? Sheet { get; set; }

    /// <summary>The delimiter character, or <c>tab</c>.</summary>
    public string? Delimiter { get; set; }

    /// <summary>The text encoding name.</summary>
    public string? Encoding { get; set; }

    /// <summary><c>auto|yes|no</c>.</summary>
    public string? Header { get; set; }

    /// <summary>The comment character of delimited text.</summary>
    public string? Comment { get; set; }

    /// <summary>The number of lines to skip above the header.</summary>
    public string? SkipRows { get; set; }

    /// <summary>Fail on repairs (ragged rows, stray quotes, detected title lines) instead of making them.</summary>
    public bool Strict { get; set; }
}
