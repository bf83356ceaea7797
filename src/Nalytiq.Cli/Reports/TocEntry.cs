namespace Nalytiq.Cli.Reports;

/// <summary>A Markdown heading listed in the report's table of contents.</summary>
/// <param name="Level">1 to 6.</param>
/// <param name="Text">The heading as plain text.</param>
/// <param name="Anchor">The id the heading carries in the report.</param>
internal sealed record TocEntry(int Level, string Text, string Anchor);
