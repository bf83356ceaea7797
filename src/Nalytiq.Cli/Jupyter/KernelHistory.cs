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
        try
        {
            // The last session is read and the next one written under one lock: kernels started together in one
            // folder each get their own session.
            Directory.CreateDirectory(homeDirectory);
            using var file = OpenLocked(path);
            var (entries, lastSession) = Read(file, path, log);
            var history = new KernelHistory(path, entries, lastSession + 1, log);
            Write(file, new JsonObject { ["session"] = history.Session, ["started"] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
            return history;
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            return OpenReadOnly(path, e, log);
        }
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

    /// <summary>When the file cannot be written, what it holds is still shown, and this session is kept in memory.</summary>
    private static KernelHistory OpenReadOnly(string path, Exception problem, Action<string> log)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var (entries, lastSession) = Read(file, path, log);
            log($"history: cannot write {path} ({problem.Message}); this session's history is kept in memory only");
            return new KernelHistory(null, entries, lastSession + 1, log);
        }
        catch (Exception e) when (IsFileProblem(e))
        {
            log($"history: cannot write {path} ({problem.Message}) nor read it ({e.Message}); this session's history is kept in memory only");
            return new KernelHistory(null, [], 1, log);
        }
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
                using var file = OpenLocked(_path);
                Write(file, record);
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
