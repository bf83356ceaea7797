using Nalytiq.Ingestion;

namespace Nalytiq.Extensions.Formatters;

/// <summary>What the cell shows while a file loads; replaced by the upload card when done.</summary>
/// <param name="FileName">The file being read.</param>
/// <param name="Progress">The latest progress report, if any yet.</param>
/// <param name="Elapsed">Time since the upload started.</param>
internal sealed record UploadProgressView(string FileName, IngestProgress? Progress, TimeSpan Elapsed);
