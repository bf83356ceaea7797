using System.Diagnostics;

namespace Nalytiq.Training;

/// <summary>
/// Who is running a run: machine, process (id and start time, so a reused id is not mistaken for the owner) and the
/// store instance (a session), so runs left <c>running</c> by a process or kernel that went away can be recognised.
/// </summary>
internal sealed record RunOwner(string Machine, int ProcessId, long ProcessStartedMs, string Session)
{
    private static readonly Lazy<(int Id, long Started)> CurrentProcess = new(() =>
    {
        using var process = Process.GetCurrentProcess();
        return (process.Id, new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds());
    });

    public static RunOwner ForNewSession() =>
        new(Environment.MachineName, CurrentProcess.Value.Id, CurrentProcess.Value.Started, Guid.NewGuid().ToString("N"));

    public static bool IsThisProcess(int processId, long startedMs) =>
        processId == CurrentProcess.Value.Id && Math.Abs(startedMs - CurrentProcess.Value.Started) < 2000;

    /// <summary>Whether a process with this id and start time still runs on this machine.</summary>
    public static bool IsAlive(int processId, long startedMs)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            if (process.HasExited)
            {
                return false;
            }

            var started = new DateTimeOffset(process.StartTime.ToUniversalTime()).ToUnixTimeMilliseconds();
            return Math.Abs(started - startedMs) < 2000;
        }
        catch (ArgumentException)
        {
            return false; // No process has that id any more.
        }
        catch (InvalidOperationException)
        {
            return false; // It exited while we looked.
        }
    }
}
