using System.Collections.Concurrent;

namespace Nalytiq.Training;

/// <summary>
/// The abandoned-run policy: a run still marked running whose owner is gone (a process on this machine that exited, or
/// a disposed session of this process) is ended as failed, with a note saying why.
/// </summary>
internal sealed class AbandonedRuns
{
    // Sessions (store instances) alive in this process: a run owned by this process but by none of these was left
    // running by a kernel that has since been disposed.
    private static readonly ConcurrentDictionary<string, byte> LiveSessions = new();

    private readonly RunDatabase _database;
    private readonly TimeProvider _clock;
    private readonly RunOwner _owner;

    /// <summary>Starts the owner's session: its runs count as alive until <see cref="EndSession"/>.</summary>
    public AbandonedRuns(RunDatabase database, TimeProvider clock, RunOwner owner)
    {
        _database = database;
        _clock = clock;
        _owner = owner;
        LiveSessions[_owner.Session] = 0;
    }

    /// <summary>Ends the owner's session: its runs still running are abandoned from now on.</summary>
    public void EndSession() => LiveSessions.TryRemove(_owner.Session, out _);

    /// <summary>
    /// Ends, as failed with a note, the runs still marked running whose owner is gone: a process on this machine that
    /// has exited, or a session of this process (a previous kernel) that was disposed. Runs started on other machines
    /// are left alone. Called once when the store first opens; safe to call again.
    /// </summary>
    /// <returns>How many runs were marked.</returns>
    public async Task<int> MarkAsync(CancellationToken cancellationToken)
    {
        var candidates = await _database.ReadAsync(
            async (connection, transaction) =>
            {
                var running = new List<(string Id, int Pid, long Started, string Session)>();
                var command = Sql.Command(
                    connection,
                    transaction,
                    "SELECT id, owner_pid, owner_started, owner_session FROM runs WHERE status = 'running' AND owner_machine = $machine",
                    ("$machine", _owner.Machine));
                await using (command.ConfigureAwait(false))
                {
                    var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                    await using (reader.ConfigureAwait(false))
                    {
                        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                        {
                            running.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.GetString(3)));
                        }
                    }
                }

                return running;
            },
            cancellationToken).ConfigureAwait(false);

        var marked = 0;
        foreach (var (id, pid, started, session) in candidates)
        {
            string? reason = RunOwner.IsThisProcess(pid, started)
                ? LiveSessions.ContainsKey(session) ? null : "session"
                : RunOwner.IsAlive(pid, started) ? null : "process";
            if (reason is null)
            {
                continue;
            }

            var note = reason == "session"
                ? "Abandoned: the notebook session that started this run ended before it finished."
                : $"Abandoned: the process that ran it (pid {pid}) ended before it finished.";
            marked += await _database.WriteAsync(
                async (connection, transaction) =>
                {
                    // Only if it is still running: another store may have marked or ended it meanwhile.
                    var changed = await Sql.ExecuteAsync(
                        connection,
                        transaction,
                        "UPDATE runs SET status = 'failed', end_time = $now, error = $note WHERE id = $id AND status = 'running'",
                        cancellationToken,
                        ("$id", id),
                        ("$now", RunRows.Now(_clock)),
                        ("$note", note)).ConfigureAwait(false);
                    if (changed > 0)
                    {
                        await RunRows.UpsertAsync(connection, transaction, "tags", id, RunTags.Abandoned, reason, cancellationToken).ConfigureAwait(false);
                    }

                    return changed;
                },
                cancellationToken).ConfigureAwait(false);
        }

        return marked;
    }
}
