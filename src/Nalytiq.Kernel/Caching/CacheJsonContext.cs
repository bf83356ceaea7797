using System.Text.Json.Serialization;
using Nalytiq.Analysis;

namespace Nalytiq.Caching;

/// <summary>
/// Source-generated JSON for the results we cache, so the first read after a kernel restart does not pay for building
/// serializers by reflection (about 0.1 s for a profile). Other result types fall back to reflection.
/// </summary>
[JsonSerializable(typeof(CachePayload<AnalysisPayload>))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
