using System.Text.Json;
using Nalytiq.Localization;

namespace Nalytiq.Training;

public sealed partial class RunStore
{
    /// <summary>
    /// Records a file already written under <see cref="ArtifactDirectory"/> as one of the run's artifacts.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <param name="relativePath">The file's path relative to the run's folder, e.g. <c>model.zip</c>.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <exception cref="RunStoreException">The file does not exist, or the path leaves the run's folder.</exception>
    public async Task<RunArtifact> RegisterArtifactAsync(string runId, string relativePath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(relativePath);
        var id = RunIds.Normalize(runId);
        var directory = ArtifactDirectory(id);
        var full = Path.GetFullPath(relativePath, directory);
        if (!full.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(full))
        {
            throw new RunStoreException(new LocalizedText("Runs_ArtifactMissing", relativePath, directory));
        }

        var artifact = new RunArtifact(Path.GetRelativePath(directory, full).Replace('\\', '/'), new FileInfo(full).Length);
        await WriteAsync(
            async (connection, transaction) =>
            {
                await RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Ends a run: its status, end time and error, then <c>params.json</c> and <c>metrics.json</c> (latest values and
    /// every step) written to its folder and registered as artifacts.
    /// </summary>
    /// <param name="runId">The run.</param>
    /// <param name="status">Completed, failed or cancelled.</param>
    /// <param name="error">Why it failed, or a note on the cancellation.</param>
    /// <param name="cancellationToken">Stops the write. A run being cancelled should be ended with a token that is not.</param>
    public async Task<RunInfo> EndRunAsync(string runId, RunStatus status, string? error = null, CancellationToken cancellationToken = default)
    {
        if (status == RunStatus.Running)
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "A run ends completed, failed or cancelled.");
        }

        var id = RunIds.Normalize(runId);
        await WriteAsync(
            async (connection, transaction) =>
            {
                await RequireRunAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                return await Sql.ExecuteAsync(
                    connection,
                    transaction,
                    "UPDATE runs SET status = $status, end_time = $end, error = $error WHERE id = $id",
                    cancellationToken,
                    ("$id", id),
                    ("$status", RunStatuses.ToText(status)),
                    ("$end", Now()),
                    ("$error", error)).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);

        var run = await GetRunAsync(id, cancellationToken).ConfigureAwait(false) ?? throw new RunStoreException(new LocalizedText("Runs_NotFound", id));
        var history = await GetMetricHistoryAsync(id, null, cancellationToken).ConfigureAwait(false);
        var directory = ArtifactDirectory(id);
        await WriteJsonAsync(Path.Combine(directory, "params.json"), w => WriteParams(w, run), cancellationToken).ConfigureAwait(false);
        await WriteJsonAsync(Path.Combine(directory, "metrics.json"), w => WriteMetrics(w, run, history), cancellationToken).ConfigureAwait(false);
        await RegisterArtifactAsync(id, "params.json", cancellationToken).ConfigureAwait(false);
        await RegisterArtifactAsync(id, "metrics.json", cancellationToken).ConfigureAwait(false);
        return await GetRunAsync(id, cancellationToken).ConfigureAwait(false) ?? run;
    }

    private static async Task WriteJsonAsync(string path, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        // Written beside, then moved over: a reader never sees half a file.
        var temporary = path + ".tmp";
        var stream = File.Create(temporary);
        await using (stream.ConfigureAwait(false))
        {
            var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
            await using (writer.ConfigureAwait(false))
            {
                write(writer);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteParams(Utf8JsonWriter writer, RunInfo run)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in run.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter writer, RunInfo run, IReadOnlyList<MetricPoint> history)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("latest");
        foreach (var (key, point) in run.Metrics.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            WriteNumber(writer, key, point.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("history");
        foreach (var group in history.GroupBy(p => p.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray(group.Key);
            foreach (var point in group)
            {
                writer.WriteStartObject();
                writer.WriteNumber("step", point.Step);
                WriteNumber(writer, "value", point.Value);
                writer.WriteString("timestamp", point.Timestamp);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    // JSON has no NaN or infinity: a failed trial's missing score is written as null.
    private static void WriteNumber(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
