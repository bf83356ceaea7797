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

    /// <summary>
    /// The character that starts a comment line in delimited text (such lines are skipped, with a warning counting
    /// them); by default none, so a row whose first field starts with <c>#</c> is data.
    /// </summary>
    public char? Comment { get; init; }

    /// <summary>Lines at the top of delimited text to skip before the header; by default a title or <c>sep=</c> line is detected.</summary>
    public int? SkipRows { get; init; }

    /// <summary>
    /// Turns repairs into errors: ragged rows (short or long), a field with a stray quote read literally, lines above the
    /// header skipped because they were detected.
    /// </summary>
    public bool Strict { get; init; }

    /// <summary>Rows sampled, spread through the file, to infer column types.</summary>
    public int InferenceSampleRows { get; init; } = 20_000;
}
