using System.Text.Json.Serialization;

namespace Nalytiq.Localization;

/// <summary>Source-generated JSON for the settings file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LanguageSettings))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
