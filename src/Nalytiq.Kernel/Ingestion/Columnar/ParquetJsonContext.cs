using System.Text.Json.Serialization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>Source-generated JSON for the column list Nalytiq keeps in a Parquet file's key-value metadata.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class ParquetJsonContext : JsonSerializerContext;
