using Nalytiq.Training;

namespace Nalytiq.Export.Runs;

/// <summary>A training run as exported to JSON: the run (params, latest metrics, tags, dataset lineage, artifacts) and every metric point.</summary>
/// <param name="Generator">What wrote the file (Nalytiq and its version).</param>
/// <param name="Language">The session language when exported.</param>
/// <param name="ExportedAt">When it was written.</param>
/// <param name="Run">The run as the store holds it.</param>
/// <param name="MetricHistory">Every logged value of every metric, by step (per-trial validation scores have step = trial).</param>
internal sealed record RunDocument(string Generator, string Language, DateTimeOffset ExportedAt, RunInfo Run, IReadOnlyList<MetricPoint> MetricHistory);
