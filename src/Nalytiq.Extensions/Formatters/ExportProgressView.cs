using Microsoft.DotNet.Interactive.Formatting;
using Nalytiq.Export;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>What the cell shows while a large frame is written; replaced by the export card when done.</summary>
/// <param name="FileName">The file being written.</param>
/// <param name="Progress">The latest progress report, if any yet.</param>
/// <param name="Elapsed">Time since the export started.</param>
/// <param name="Text">The session's language.</param>
[TypeFormatterSource(typeof(ExportFormatterSource), PreferredMimeTypes = [HtmlFormatter.MimeType, PlainTextFormatter.MimeType])]
internal sealed record ExportProgressView(string FileName, ExportProgress? Progress, TimeSpan Elapsed, Localizer Text);
