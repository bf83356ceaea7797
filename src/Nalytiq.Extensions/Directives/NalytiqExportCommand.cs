using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!export</c> magic; options are validated by <see cref="Commands.ExportCommand"/>.</summary>
public sealed class NalytiqExportCommand : KernelDirectiveCommand
{
    /// <summary>The variable to export: a DataFrame, an uploaded Dataset, a DataProfile or an analysis result.</summary>
    public string? Variable { get; set; }

    /// <summary>The target file.</summary>
    public string? To { get; set; }

    /// <summary>A recorded training run to export instead of a variable (<c>latest</c>, <c>best</c>, an id or a name).</summary>
    public string? Run { get; set; }

    /// <summary><c>auto|csv|tsv|json|ndjson|xlsx|parquet|html</c>.</summary>
    public string? Format { get; set; }

    /// <summary>Replace an existing file.</summary>
    public bool Overwrite { get; set; }

    /// <summary>The worksheet name of an xlsx file.</summary>
    public string? Sheet { get; set; }

    /// <summary>A culture name (<c>fr-FR</c>) for locale-formatted CSV.</summary>
    public string? Culture { get; set; }
}
