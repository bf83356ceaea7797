namespace Nalytiq.Ingestion.Delimited;

/// <summary>How the records of a delimited file are split, as decided by sniffing (or given).</summary>
/// <param name="Delimiter">The field delimiter.</param>
/// <param name="Comment">The comment character the user asked for; null: no line is a comment.</param>
/// <param name="SkipLines">Lines above the header (a title, a <c>sep=</c> line) that are not part of the table.</param>
/// <param name="Lenient">Whether quotes are repaired (<see cref="LiteralQuoteReader"/>): set after a strict read failed on one.</param>
internal sealed record CsvDialect(char Delimiter, char? Comment = null, int SkipLines = 0, bool Lenient = false)
{
    /// <summary>
    /// Sylvan always treats some character at a line start as a comment (<c>#</c> by default). Without a comment
    /// option we give it a noncharacter that valid text does not contain; a line that starts with it anyway is an error.
    /// </summary>
    public const char NoComment = '\uFFFF';
}
