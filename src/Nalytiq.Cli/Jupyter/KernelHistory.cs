using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The cells run with <c>store_history</c>, for <c>history_request</c>, across kernel starts: an append-only JSON lines
/// file (<c>.nalytiq/kernel-history.jsonl</c>) with a <c>{"session": n, "started": …}</c> line per kernel start and a
/// <c>{"session", "line", "input", "output"}</c> line per cell. Each start takes the next session number. A file that
/// cannot be read or written never stops a cell: the problem is logged and history is kept in memory.
/// </summary>
internal sealed partial class KernelHistory
{
    public const string FileName = "kernel-history.jsonl";

    // The file is read by people too: code keeps its "+", "<" and accents.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<HistoryEntry> _entries;
    private readonly Lock _lock = new();
    private readonly Action<string> _log;
    private string? _path;
    private bool _unterminated;

    private KernelHistory(string? path, List<HistoryEntry> entries, int session, Action<string> log)
    {
        _path = path;
        _entries = entries;
        Session = session;
        _log = log;
    }

    /// <summary>This kernel's session number: one more than the last session in the file.</summary>
    public int Session { get; }

    /// <summary>Reads the history in <paramref name="homeDirectory"/> and starts a new session in it.</summary>
    public static KernelHistory Open(string homeDirectory, TimeProvider clock, Action<string> log)
    {
        var path = Path.Combine(homeDirectory, FileName);
        var entries = new List<HistoryEntry>();
        var lastSession = 0;
        var unterminated = false;
        try
        {
            if (File.Exists(path))
            {
                unterminated = EndsUnterminated(path);
                var skipped = 0;
                foreach (var line in File.ReadLines(path))
                {
                    if (!TryParse(line, out var session, out var entry))
                    {
                        skipped++;
                        continue;
                    }

                    lastSession = Math.Max(lastSession, session);
                    if (entry is not null)
                    {
                        entries.Add(entry);
                    }
                }

                if (skipped > 0)
                {
                    log($"history: skipped {skipped} line(s) of {path} that are not history records");
                }
            }
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            log($"history: cannot read {path} ({e.Message}); this session's history is kept in memory only");
            return new KernelHistory(null, entries, lastSession + 1, log);
        }

        var history = new KernelHistory(path, entries, lastSession + 1, log) { _unterminated = unterminated };
        history.Append(new JsonObject { ["session"] = history.Session, ["started"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
        return history;
    }

    /// <summary>Keeps a cell of this session; <paramref name="output"/> is the text/plain of its result, if any.</summary>
    public void Add(int line, string input, string? output)
    {
        lock (_lock)
        {
            _entries.Add(new HistoryEntry(Session, line, input, output));
        }

        Append(new JsonObject { ["session"] = Session, ["line"] = line, ["input"] = input, ["output"] = output });
    }

    private void Append(JsonObject record)
    {
        lock (_lock)
        {
            if (_path is null)
            {
                return;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
                File.AppendAllText(_path, (_unterminated ? "\n" : string.Empty) + record.ToJsonString(Readable) + "\n");
                _unterminated = false;
            }
            catch (Exception e) when (IsFileProblem(e))
            {
                _log($"history: cannot write {_path} ({e.Message}); history is kept in memory from now on");
                _path = null;
            }
        }
    }

    // Whatever the file system says (a folder in its place, no permission, a bad NALYTIQ_HOME), cells keep running.
    private static bool IsFileProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException;

    // A record cut short (a kernel killed while writing) must not swallow the next one.
    private static bool EndsUnterminated(string path)
    {
        using var file = File.OpenRead(path);
        if (file.Length == 0)
        {
            return false;
        }

        file.Seek(-1, SeekOrigin.End);
        return file.ReadByte() != '\n';
    }

    // A session line has no "line"; a cell line has both numbers positive and an input.
    private static bool TryParse(string line, out int session, out HistoryEntry? entry)
    {
        session = 0;
        entry = null;
        if (string.IsNullOrWhiteSpace(line))
        {
            return false;
        }

        try
        {
            if (JsonNode.Parse(line) is not JsonObject json || !TryNumber(json, "session", out session))
            {
                return false;
            }

            if (!json.ContainsKey("line"))
            {
                return true;
            }

            if (!TryNumber(json, "line", out var number) || json["input"] is not JsonValue input || !input.TryGetValue<string>(out var code))
            {
                return false;
            }

            var output = json["output"] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
            entry = new HistoryEntry(session, number, code, output);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool TryNumber(JsonObject json, string name, out int number)
    {
        number = 0;
        return json[name] is JsonValue value && value.TryGetValue(out number) && number > 0;
    }
}
