using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Jupyter;

/// <summary>
/// The history file itself. Kernels in several processes may share it (two notebooks of one folder): each read of the
/// last session with the write of the next, and each appended record, happens under an exclusive lock on the file, so
/// sessions are never given twice and records never overwrite each other. The lock is the operating system's: a
/// killed kernel does not leave it behind.
/// </summary>
internal sealed partial class KernelHistory
{
    // Holders keep the lock for one read or one line; anything longer is a stuck file, reported as a file problem.
    private static readonly TimeSpan LockPatience = TimeSpan.FromSeconds(5);

    private static FileStream OpenLocked(string path)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (e.GetType() == typeof(IOException) && Stopwatch.GetElapsedTime(started) < LockPatience)
            {
                // Another kernel holds the file (a sharing violation is a plain IOException): its turn is short.
                Thread.Sleep(5);
            }
        }
    }

    /// <summary>Every cell recorded in <paramref name="file"/> and the highest session number in it.</summary>
    private static (List<HistoryEntry> Entries, int LastSession) Read(FileStream file, string path, Action<string> log)
    {
        var entries = new List<HistoryEntry>();
        var lastSession = 0;
        var skipped = 0;
        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        while (reader.ReadLine() is { } line)
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

        return (entries, lastSession);
    }

    /// <summary>Appends one record as a line; a record cut short at the end (a kernel killed while writing) does not swallow it.</summary>
    private static void Write(FileStream file, JsonObject record)
    {
        var unterminated = false;
        if (file.Length > 0)
        {
            file.Seek(-1, SeekOrigin.End);
            unterminated = file.ReadByte() != '\n';
        }

        file.Seek(0, SeekOrigin.End);
        file.Write(Encoding.UTF8.GetBytes((unterminated ? "\n" : string.Empty) + record.ToJsonString(Readable) + "\n"));
        file.Flush();
    }
}
