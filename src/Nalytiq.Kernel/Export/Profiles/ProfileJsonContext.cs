using System.Text.Json.Serialization;

namespace Nalytiq.Export.Profiles;

/// <summary>Source-generated JSON for exported profiles: indented and camel-cased, as people and tools read them.</summary>
// Histogram edges of extreme columns can be infinite: write them as "Infinity" rather than fail.
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
