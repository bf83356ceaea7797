using System.Text.Json.Serialization;

namespace Nalytiq.Training;

/// <summary>Source-generated JSON for what the store serialises (no reflection in the host).</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(RunColumn[]))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class RunJsonContext : JsonSerializerContext;
