namespace Nalytiq.Ingestion;

/// <summary>How to read a file into a <see cref="Dataset"/>. Every property has a sensible default.</summary>
public sealed record UploadOptions
{
    /// <summary>The default options: everything detected.</summary>
    public static UploadOptions Default { get; } = new();

    /// <summary>The dataset (and notebook variable) name; by default the file name made a valid identifier.</summary>
    public string? Name { get; init; }

    /// <summary>The format; <see cref="DataFormat.Auto"/> picks it from the extension.</summary>
    public DataFormat Format { get; init; } = DataFormat.Auto;

    /// <summary>The Excel sheet to read; by default the first one.</summary>
    public string? Sheet { get; init; }

    /// <summary>The delimiter of a CSV file; by default sniffed among <c>,</c> <c>;</c> tab and <c>|</c>.</summary>
    public char? Delimiter { get; init; }

    /// <summary>The text encoding name (e.g. <c>utf-8</c>, <c>windows-1252</c>); by default detected.</summary>
    public string? Encoding { get; init; }

    /// <summary>Whether the first row is a header.</summary>
    public HeaderMode Header { get; init; } = HeaderMode.Auto;

    /// <summary>Turns recoverable problems (ragged rows) into errors.</summary>
    public bool Strict { get; init; }

    /// <summary>Rows sampled, spread through the file, to infer column types.</summary>
    public int InferenceSampleRows { get; init; } = 20_000;
}
