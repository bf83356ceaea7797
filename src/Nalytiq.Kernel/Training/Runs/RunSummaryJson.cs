using System.Text.Json;

namespace Nalytiq.Training;

/// <summary>A run's <c>params.json</c> and <c>metrics.json</c>, written whole or not at all.</summary>
internal static class RunSummaryJson
{
    public static async Task WriteAsync(string path, Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
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

    public static void WriteParams(Utf8JsonWriter writer, RunInfo run)
    {
        writer.WriteStartObject();
        foreach (var (key, value) in run.Params.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }

    public static void WriteMetrics(Utf8JsonWriter writer, RunInfo run, IReadOnlyList<MetricPoint> history)
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
