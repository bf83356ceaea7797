using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Runs named the ways a notebook names them: <c>latest</c>, <c>best</c>, an id, a unique prefix or a name.</summary>
internal sealed class RunLookup(RunDatabase database, RunQueries queries)
{
    private readonly RunDatabase _database = database;
    private readonly RunQueries _queries = queries;

    /// <summary>
    /// Finds one run: <c>latest</c> (the most recent completed run), <c>best</c> (the completed run with the best value
    /// of <paramref name="metric"/>, by default the runs' headline metric), or a run id, unique id prefix (4+ digits)
    /// or run name (the most recent run of that name).
    /// </summary>
    /// <param name="reference"><c>latest</c>, <c>best</c>, an id, a prefix or a name.</param>
    /// <param name="metric">What <c>best</c> ranks by; errors and losses rank smallest first (<see cref="MetricDirection"/>).</param>
    /// <param name="experiment">Only runs of this experiment.</param>
    /// <param name="cancellationToken">Stops the lookup.</param>
    /// <exception cref="RunStoreException">Nothing matches, a prefix matches several runs, or no metric can rank runs.</exception>
    public async Task<RunInfo> FindAsync(string reference, string? metric, string? experiment, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var text = reference.Trim();
        var completed = new RunQuery { Experiment = experiment, Status = RunStatus.Completed, Limit = 1 };
        if (text.Equals("latest", StringComparison.OrdinalIgnoreCase))
        {
            var latest = await _queries.ListRunsAsync(completed, cancellationToken).ConfigureAwait(false);
            return latest.Count > 0
                ? await _queries.GetRunAsync(latest[0].Id, cancellationToken).ConfigureAwait(false) ?? latest[0]
                : throw new RunStoreException(NoneCompleted(experiment));
        }

        if (text.Equals("best", StringComparison.OrdinalIgnoreCase))
        {
            return await FindBestAsync(completed, metric, cancellationToken).ConfigureAwait(false);
        }

        var id = await ResolveIdAsync(text, cancellationToken).ConfigureAwait(false);
        return await _queries.GetRunAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", text));
    }

    /// <summary>The headline metric most completed runs (of the experiment) share, or null when none has one.</summary>
    public Task<string?> CommonHeadlineMetricAsync(string? experiment, CancellationToken cancellationToken) =>
        _database.ReadAsync(
            async (connection, transaction) => await Sql.ScalarAsync(
                connection,
                transaction,
                """
                SELECT t.value FROM tags t JOIN runs r ON r.id = t.run_id
                WHERE t.key = $key AND r.status = 'completed'
                  AND ($experiment IS NULL OR r.experiment_id = (SELECT id FROM experiments WHERE name = $experiment))
                GROUP BY t.value ORDER BY count(*) DESC, max(r.start_time) DESC LIMIT 1
                """,
                cancellationToken,
                ("$key", RunTags.HeadlineMetric),
                ("$experiment", experiment)).ConfigureAwait(false) as string,
            cancellationToken);

    private async Task<RunInfo> FindBestAsync(RunQuery completed, string? metric, CancellationToken cancellationToken)
    {
        metric ??= await CommonHeadlineMetricAsync(completed.Experiment, cancellationToken).ConfigureAwait(false)
            ?? throw new RunStoreException(new LocalizedText("Runs_MetricNeeded"));
        var best = await _queries.ListRunsAsync(completed with { OrderByMetric = metric }, cancellationToken).ConfigureAwait(false);
        if (best.Count == 0)
        {
            throw new RunStoreException(NoneCompleted(completed.Experiment));
        }

        if (best[0].Metric(metric) is not { } value || double.IsNaN(value))
        {
            throw new RunStoreException(new LocalizedText("Runs_NoRunHasMetric", metric));
        }

        return await _queries.GetRunAsync(best[0].Id, cancellationToken).ConfigureAwait(false) ?? best[0];
    }

    /// <summary>The full id of a run given by id, unique prefix or name.</summary>
    private Task<string> ResolveIdAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reference);
        var text = reference.Trim();
        return _database.ReadAsync(
            async (connection, transaction) =>
            {
                if (RunIds.LooksLikePrefix(text))
                {
                    var prefix = text.ToLowerInvariant();

                    // Ids are lowercase hex, and every hex digit sorts before 'g': a range scan of the primary key.
                    var command = Sql.Command(connection, transaction, "SELECT id FROM runs WHERE id >= $low AND id < $high ORDER BY id LIMIT 2", ("$low", prefix), ("$high", prefix + "g"));
                    var matches = new List<string>(2);
                    await using (command.ConfigureAwait(false))
                    {
                        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                        await using (reader.ConfigureAwait(false))
                        {
                            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                            {
                                matches.Add(reader.GetString(0));
                            }
                        }
                    }

                    if (matches.Count > 1)
                    {
                        throw new RunStoreException(new LocalizedText("Runs_AmbiguousId", text));
                    }

                    if (matches.Count == 1)
                    {
                        return matches[0];
                    }
                }

                var named = await Sql.ScalarAsync(connection, transaction, "SELECT id FROM runs WHERE name = $name ORDER BY start_time DESC LIMIT 1", cancellationToken, ("$name", text)).ConfigureAwait(false);
                return named as string ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", text));
            },
            cancellationToken);
    }

    private static LocalizedText NoneCompleted(string? experiment) =>
        experiment is null ? new LocalizedText("Runs_NoneCompleted") : new LocalizedText("Runs_NoneCompletedIn", experiment);

    /// <summary>
    /// Runs side by side (ids or unique prefixes, in the order given), with the union of their params and metrics.
    /// </summary>
    /// <exception cref="RunStoreException">An id matches no run, or more than one.</exception>
    public async Task<RunComparison> CompareAsync(IReadOnlyList<string> runIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(runIds);
        var ids = new List<string>(runIds.Count);
        foreach (var reference in runIds)
        {
            ids.Add(await ResolveIdAsync(reference, cancellationToken).ConfigureAwait(false));
        }

        var byId = (await _queries.GetRunsAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(r => r.Id);
        var runs = ids.Distinct().Select(id => byId[id]).ToArray();
        var headline = runs.Select(r => r.HeadlineMetric).FirstOrDefault(h => h is not null);
        var metricKeys = runs.SelectMany(r => r.Metrics.Keys).Distinct()
            .OrderBy(k => k == headline ? 0 : 1).ThenBy(k => k, StringComparer.Ordinal).ToArray();
        var paramKeys = runs.SelectMany(r => r.Params.Keys).Distinct().Order(StringComparer.Ordinal).ToArray();
        var comparison = new RunComparison(runs, paramKeys, metricKeys);
        return comparison with { ParamKeys = [.. paramKeys.OrderBy(k => comparison.Differs(k) ? 0 : 1)] };
    }
}
