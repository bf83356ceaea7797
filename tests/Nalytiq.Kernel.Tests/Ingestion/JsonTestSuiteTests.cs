using System.Text.Json;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>
/// Every file of JSONTestSuite (tests/corpora/JSONTestSuite, MIT): <c>y_</c> files must load or be refused as not a
/// table, never as invalid; <c>n_</c> files must be refused, or load only through a leniency we warn about; nothing
/// crashes, hangs, or changes a value without saying so.
/// </summary>
public sealed class JsonTestSuiteTests
{
    private static readonly string[] Leniencies = ["Json_Comments", "Json_TrailingCommas"];
    private static readonly string[] Replacements = ["Json_LoneSurrogates", "Json_InvalidUtf8", "Upload_EncodingFallback"];

    public static TheoryData<string> Files => new(Directory.EnumerateFiles(CorpusFolder.Find("JSONTestSuite", "test_parsing"))
        .Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Upload_follows_the_suite_verdict(string name)
    {
        var path = Path.Combine(CorpusFolder.Find("JSONTestSuite", "test_parsing"), name);

        var (result, error) = await LoadAsync(path);

        if (name.StartsWith("y_", StringComparison.Ordinal))
        {
            error?.Text.Key.ShouldBeOneOf("Json_NotATable", "Json_NoRecords");
            if (result is not null)
            {
                ShouldHoldTheValuesOf(path, result);
            }
        }
        else if (name.StartsWith("n_", StringComparison.Ordinal))
        {
            if (result is not null)
            {
                result.Warnings.ShouldContain(w => Leniencies.Contains(w.Key), $"{name} loaded without a leniency warning");
            }
        }
        else if (result is not null && Strings(result.Frame).Any(s => s.Contains('\uFFFD', StringComparison.Ordinal)))
        {
            result.Warnings.ShouldContain(w => Replacements.Contains(w.Key), $"{name} replaced a character without saying so");
        }
    }

    [Fact]
    public async Task Upload_refuses_100000_opening_arrays_without_overflowing_the_stack()
    {
        var (_, error) = await LoadAsync(Path.Combine(CorpusFolder.Find("JSONTestSuite", "test_parsing"), "n_structure_100000_opening_arrays.json"));

        error.ShouldNotBeNull().Text.Key.ShouldBe("Json_TooDeep");
        error.Row.ShouldBe(1);
    }

    [Fact]
    public async Task Upload_keeps_500_nested_arrays_as_the_text_of_one_cell()
    {
        var path = Path.Combine(CorpusFolder.Find("JSONTestSuite", "test_parsing"), "i_structure_500_nested_arrays.json");

        var (result, _) = await LoadAsync(path);

        var text = File.ReadAllText(path).Trim();
        result.ShouldNotBeNull().Frame.Rows.Count.ShouldBe(1);
        result.Frame.Columns["value"][0].ShouldBe(text[1..^1]);
    }

    private static async Task<(LoadResult? Result, IngestException? Error)> LoadAsync(string path)
    {
        try
        {
            var load = DatasetLoader.LoadAsync(path, new UploadOptions { Format = DataFormat.Json }, null, CancellationToken.None);
            return (await load.WaitAsync(TimeSpan.FromSeconds(30)), null);
        }
        catch (IngestException e)
        {
            return (null, e);
        }
    }

    /// <summary>Checks each cell against System.Text.Json's reading of the same (valid) file.</summary>
    private static void ShouldHoldTheValuesOf(string path, LoadResult result)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = document.RootElement;
        var records = root.ValueKind == JsonValueKind.Array ? [.. root.EnumerateArray()] : new[] { root };
        result.Frame.Rows.Count.ShouldBe(records.Length);
        for (var row = 0; row < records.Length; row++)
        {
            var record = records[row];
            if (record.ValueKind != JsonValueKind.Object)
            {
                ShouldHold(result.Frame.Columns["value"], row, record);
                continue;
            }

            var properties = record.EnumerateObject().ToList();
            for (var p = 0; p < properties.Count; p++)
            {
                // The n-th column read from this key (an empty key is renamed, a repeated one gets a column of its own).
                var repeats = properties.Take(p).Count(q => q.Name == properties[p].Name);
                var column = result.Schema.Where(s => (s.SourceName ?? s.Name) == properties[p].Name).ElementAt(repeats).Name;
                if (properties[p].Value.ValueKind != JsonValueKind.Object)
                {
                    ShouldHold(result.Frame.Columns[column], row, properties[p].Value);
                }
            }
        }
    }

    private static void ShouldHold(DataFrameColumn column, int row, JsonElement value)
    {
        var cell = column[row];
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                cell.ShouldBeNull();
                break;
            case JsonValueKind.True or JsonValueKind.False:
                cell.ShouldBe(value.GetBoolean());
                break;
            case JsonValueKind.Number when cell is string text:
                text.ShouldBe(value.GetRawText());
                break;
            case JsonValueKind.Number when cell is double number:
                number.ShouldBe(value.GetDouble());
                break;
            case JsonValueKind.Number:
                Convert.ToInt64(cell, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(value.GetInt64());
                break;
            case JsonValueKind.String when cell is string || cell is null:
                // Blank strings are missing values, as in every other format.
                (cell ?? string.Empty).ShouldBe(string.IsNullOrWhiteSpace(value.GetString()) ? string.Empty : value.GetString());
                break;
            case JsonValueKind.Array:
                cell.ShouldBe(value.GetRawText());
                break;
            default:
                break;
        }
    }

    private static IEnumerable<string> Strings(DataFrame frame) =>
        frame.Columns.Where(c => c.DataType == typeof(string)).SelectMany(c => Enumerable.Range(0, (int)c.Length).Select(i => c[i] as string)).OfType<string>()
            .Concat(frame.Columns.Select(c => c.Name));
}
