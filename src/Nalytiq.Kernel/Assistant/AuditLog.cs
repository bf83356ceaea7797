using System.Text.Json;

namespace Nalytiq.Assistant;

/// <summary>Appends one JSON line per request to <c>assistant-audit.jsonl</c> in the state folder.</summary>
internal sealed class AuditLog(string path)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    public void Append(AuditEntry entry, IEnumerable<Secret> secrets)
    {
        var line = JsonSerializer.Serialize(entry, Json);

        // The entry holds no key by construction; scrubbing anyway means a key pasted into a question cannot land here.
        line = secrets.Aggregate(line, (text, secret) => secret.Scrub(text));
        // One short line: appended synchronously under a lock so lines from concurrent cells never interleave.
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.AppendAllText(Path, line + "\n");
        }
    }
}
