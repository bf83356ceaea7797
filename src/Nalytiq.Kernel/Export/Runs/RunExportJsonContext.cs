using System.Text.Json.Serialization;

namespace Nalytiq.Export.Runs;

/// <summary>Source-generated JSON for exported runs: indented and camel-cased, statuses as words.</summary>
[JsonSourceGenerationOptions(
    WriteIndented = true,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals)]
[JsonSerializable(typeof(RunDocument))]
internal sealed partial class RunExportJsonContext : JsonSerializerContext;
