using System.Text.Json.Serialization;

namespace Nalytiq.Export.Profiles;

/// <summary>Source-generated JSON for exported profiles: indented and camel-cased, as people and tools read them.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
