using System.Text.Json.Serialization;

namespace Nalytiq.Training.Engine;

/// <summary>Source-generated JSON for the model sidecar.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, UseStringEnumConverter = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ModelInfo))]
internal sealed partial class TrainingJsonContext : JsonSerializerContext;
