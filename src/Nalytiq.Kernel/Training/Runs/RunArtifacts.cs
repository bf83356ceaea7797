using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>The folder of files beside each run (<c>runs/&lt;id&gt;/</c>) and the record of which of them are its artifacts.</summary>
internal sealed class RunArtifacts(RunDatabase database, string homeDirectory)
{
    private readonly RunDatabase _database = database;
    private readonly string _homeDirectory = homeDirectory;

    /// <summary>The run's folder, created if needed.</summary>
    public string Directory(string runId)
    {
        var id = RunIds.Normalize(runId);
        var directory = Path.Combine(_homeDirectory, "runs", id);
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    /// <summary>Records a file already written in the run's folder as one of its artifacts.</summary>
    /// <exception cref="RunStoreException">The file does not exist, or the path leaves the run's folder.</exception>
    public async Task<RunArtifact> RegisterAsync(string runId, string relativePath, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var id = RunIds.Normalize(runId);
        var directory = Directory(id);
        var full = Path.GetFullPath(relativePath, directory);
        if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new RunStoreException(new LocalizedText("Runs_ArtifactMissing", relativePath, directory));
        }

        var artifact = new RunArtifact(Path.GetRelativePath(directory, full).Replace('\\', '/'), new FileInfo(full).Length);
        await _database.WriteAsync(
            async (connection, transaction) =>
            {
                await RunRows.RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                return await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO artifacts (run_id, path, size) VALUES ($run, $path, $size) ON CONFLICT (run_id, path) DO UPDATE SET size = excluded.size",
                    cancellationToken,
                    ("$run", id),
                    ("$path", artifact.Path),
                    ("$size", artifact.SizeBytes)).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return artifact;
    }

    /// <summary>Writes an ended run's <c>params.json</c> and <c>metrics.json</c> (latest values and every step) and registers them.</summary>
    public async Task WriteSummaryAsync(RunInfo run, IReadOnlyList<MetricPoint> history, CancellationToken cancellationToken)
    {
        var directory = Directory(run.Id);
        await RunSummaryJson.WriteAsync(Path.Combine(directory, "params.json"), w => RunSummaryJson.WriteParams(w, run), cancellationToken).ConfigureAwait(false);
        await RunSummaryJson.WriteAsync(Path.Combine(directory, "metrics.json"), w => RunSummaryJson.WriteMetrics(w, run, history), cancellationToken).ConfigureAwait(false);
        await RegisterAsync(run.Id, "params.json", cancellationToken).ConfigureAwait(false);
        await RegisterAsync(run.Id, "metrics.json", cancellationToken).ConfigureAwait(false);
    }
}
