using Nalytiq.Analysis;

namespace Nalytiq.Extensions.Formatters;

/// <summary>What the cell shows while a profile is computed; replaced by the profile when done.</summary>
/// <param name="Name">The frame being profiled.</param>
/// <param name="Progress">The latest progress report, if any yet.</param>
/// <param name="Elapsed">Time since the analysis started.</param>
internal sealed record AnalyzeProgressView(string Name, ProfileProgress? Progress, TimeSpan Elapsed);
