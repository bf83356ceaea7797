using System.Runtime.InteropServices;

namespace Nalytiq.Ingestion.Json;

/// <summary>
/// One cell of a JSON column: where its text lies, either in the file's bytes (strings without escapes, numbers,
/// <c>true</c>/<c>false</c>, arrays as their JSON text) or, for strings with escapes, in the reader's unescaped buffer.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal readonly record struct JsonCell(int Row, int Start, int Length, bool Unescaped);
