using System.Text.Json;
using Nalytiq.Localization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Nalytiq.Cli.Parameters;

/// <summary>
/// Reads parameter values: <c>-p name value</c> pairs (typed like YAML scalars; <c>[a, b]</c> is a list) and
/// <c>-f</c> files (JSON, or YAML for <c>.yaml</c>/<c>.yml</c>) holding an object of <c>name: value</c> pairs.
/// Files apply in order, then <c>-p</c> values; a later value of the same name wins.
/// </summary>
internal static class ParameterReader
{
    public static async Task<IReadOnlyList<NotebookParameter>> ReadAsync(
        IReadOnlyList<string> files, IReadOnlyList<KeyValuePair<string, string>> values, CancellationToken cancellationToken)
    {
        var merged = new List<NotebookParameter>();
        foreach (var file in files)
        {
            foreach (var parameter in await ReadFileAsync(file, cancellationToken).ConfigureAwait(false))
            {
                Set(merged, parameter);
            }
        }

        foreach (var (name, text) in values)
        {
            Set(merged, new NotebookParameter(name, FromText(name, text)));
        }

        return merged;
    }

    /// <summary>Types a <c>-p</c> value: a YAML flow list when it is bracketed, otherwise a scalar.</summary>
    public static object? FromText(string name, string text)
    {
        var trimmed = text.Trim();
        return trimmed.StartsWith('[') && trimmed.EndsWith(']') ? FromYaml(name, ParseYaml(trimmed, name)) : ScalarTyping.Type(text);
    }

    private static void Set(List<NotebookParameter> parameters, NotebookParameter parameter)
    {
        var index = parameters.FindIndex(p => p.Name == parameter.Name);
        if (index < 0)
        {
            parameters.Add(parameter);
        }
        else
        {
            parameters[index] = parameter;
        }
    }

    private static async Task<IReadOnlyList<NotebookParameter>> ReadFileAsync(string file, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(file);
        if (!File.Exists(path))
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileNotFound", path));
        }

        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is not (".json" or ".yaml" or ".yml"))
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileFormat", path));
        }

        var content = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            return extension == ".json" ? FromJson(content, path) : FromYamlFile(content, path);
        }
        catch (Exception e) when (e is JsonException or YamlException)
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileUnreadable", path, e.Message), e);
        }
    }

    private static List<NotebookParameter> FromJson(string content, string path)
    {
        using var document = JsonDocument.Parse(content, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileRoot", path));
        }

        return [.. document.RootElement.EnumerateObject().Select(p => new NotebookParameter(p.Name, FromJson(p.Name, p.Value)))];
    }

    private static object? FromJson(string name, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.TryGetInt64(out var integer) ? (object)integer : value.GetDouble(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Array => value.EnumerateArray().Select(item => FromJson(name, item)).ToList(),
        _ => throw new NalytiqException(new LocalizedText("Cli_ParameterUnsupported", name)),
    };

    private static List<NotebookParameter> FromYamlFile(string content, string path)
    {
        var root = ParseYaml(content, path);
        if (root is not YamlMappingNode mapping)
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileRoot", path));
        }

        return [.. mapping.Children.Select(pair =>
        {
            var name = (pair.Key as YamlScalarNode)?.Value ?? throw new NalytiqException(new LocalizedText("Cli_ParametersFileRoot", path));
            return new NotebookParameter(name, FromYaml(name, pair.Value));
        })];
    }

    private static YamlNode? ParseYaml(string content, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(content));
        }
        catch (YamlException e)
        {
            throw new NalytiqException(new LocalizedText("Cli_ParametersFileUnreadable", source, e.Message), e);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    private static object? FromYaml(string name, YamlNode? node) => node switch
    {
        null => null,

        // Quoted scalars are strings whatever they hold: "2024" stays text, as YAML intends.
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => string.IsNullOrEmpty(scalar.Value) ? null : ScalarTyping.Type(scalar.Value),
        YamlScalarNode scalar => scalar.Value ?? string.Empty,
        YamlSequenceNode sequence => sequence.Children.Select(item => FromYaml(name, item)).ToList(),
        _ => throw new NalytiqException(new LocalizedText("Cli_ParameterUnsupported", name)),
    };
}
