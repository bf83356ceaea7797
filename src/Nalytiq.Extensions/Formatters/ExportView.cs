using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Export;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The <c>#!export</c> card: what was written, where, how big. It carries its session's texts.</summary>
/// <param name="Variable">The exported variable.</param>
/// <param name="Result">What the export wrote.</param>
/// <param name="Text">The session's language.</param>
[TypeFormatterSource(typeof(ExportFormatterSource), PreferredMimeTypes = [HtmlFormatter.MimeType, PlainTextFormatter.MimeType])]
internal sealed record ExportView(string Variable, ExportResult Result, Localizer Text);
