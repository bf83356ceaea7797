using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nalytiq.Cli.Tests;

/// <summary>Writes small real .ipynb files for runner tests, and reads executed ones back.</summary>
internal sealed class TestNotebook
{
    private readonly JsonArray _cells = [];

    public TestNotebook Markdown(string source) => Add("markdown", source, null);

    public TestNotebook Code(string source, params string[] tags) => Add("code", source, tags);

    public string Write(string path)
    {
        var notebook = new JsonObject
        {
            ["cells"] = _cells.DeepClone(),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 5,
        };
        File.WriteAllText(path, notebook.ToJsonString());
        return path;
    }

    public static JsonElement[] ReadCells(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("cells").EnumerateArray().Select(c => c.Clone())];
    }

    public static JsonElement ReadMetadata(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("metadata").Clone();
    }

    public static string Source(JsonElement cell) =>
        cell.GetProperty("source") is { ValueKind: JsonValueKind.Array } lines
            ? string.Concat(lines.EnumerateArray().Select(line => line.GetString()))
            : cell.GetProperty("source").GetString() ?? string.Empty;

    public static string[] Tags(JsonElement cell) =>
        cell.GetProperty("metadata").TryGetProperty("tags", out var tags) ? [.. tags.EnumerateArray().Select(t => t.GetString()!)] : [];

    private TestNotebook Add(string type, string source, string[]? tags)
    {
        var metadata = new JsonObject();
        if (tags is { Length: > 0 })
        {
            metadata["tags"] = new JsonArray([.. tags.Select(t => (JsonNode)t)]);
        }

        var cell = new JsonObject { ["cell_type"] = type, ["metadata"] = metadata, ["source"] = source, ["id"] = $"c{_cells.Count}" };
        if (type == "code")
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" };
            cell["execution_count"] = null;
            cell["outputs"] = new JsonArray();
        }

        _cells.Add(cell);
        return this;
    }
}
