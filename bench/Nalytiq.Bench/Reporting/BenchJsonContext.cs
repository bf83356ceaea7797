using System.Text.Json.Serialization;
using Nalytiq.Bench.Exporting;
using Nalytiq.Bench.Formats;
using Nalytiq.Bench.Generation;

namespace Nalytiq.Bench.Reporting;

/// <summary>Source-generated JSON for every document the bench prints.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ComparisonReport))]
[JsonSerializable(typeof(IngestReport))]
[JsonSerializable(typeof(ProfileReport))]
[JsonSerializable(typeof(RestartReport))]
[JsonSerializable(typeof(GenerationResult))]
[JsonSerializable(typeof(RunsReport))]
[JsonSerializable(typeof(ExportReport))]
[JsonSerializable(typeof(TrainReport))]
[JsonSerializable(typeof(FormatsReport))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
