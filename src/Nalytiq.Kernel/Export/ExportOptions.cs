using System.Globalization;
using Nalytiq.Ingestion;

namespace Nalytiq.Export;

/// <summary>How to write an export. Every property has a safe default.</summary>
public sealed record ExportOptions
{
    /// <summary>The default options: format from the extension, never overwrite, invariant culture.</summary>
    public static ExportOptions Default { get; } = new();

    /// <summary>The format; <see cref="DataFormat.Auto"/> picks it from the extension.</summary>
    public DataFormat Format { get; init; } = DataFormat.Auto;

    /// <summary>Replaces an existing file. Without it, an existing file is an error and stays untouched.</summary>
    public bool Overwrite { get; init; }

    /// <summary>The worksheet name of an xlsx export; by default the file name.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// Writes CSV numbers and dates the way this culture shows them (decimal comma, list separator, day order); null
    /// writes invariant text (ISO dates, decimal point) that every tool reads the same.
    /// </summary>
    public CultureInfo? Culture { get; init; }

    /// <summary>Rows between two progress reports.</summary>
    public int ProgressRows { get; init; } = 65_536;
}
