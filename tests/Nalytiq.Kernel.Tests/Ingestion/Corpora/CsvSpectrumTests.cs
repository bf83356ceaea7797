using System.Text.Json;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>csv-spectrum (tests/corpora/csv-spectrum): every file read with detection gives exactly its JSON.</summary>
public sealed class CsvSpectrumTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    public static TheoryData<string> Files { get; } = [.. CorpusFiles.In("csv-spectrum", ".csv").Select(f => Path.GetFileNameWithoutExtension(f))];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Upload_reads_the_csv_spectrum_file_as_its_json_expects(string name)
    {
        var folder = Path.Combine(CorpusFiles.Root, "csv-spectrum");
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "json", name + ".json")));
        // One file's expectation is a single object rather than an array of one.
        var expected = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement.EnumerateArray().ToList() : [json.RootElement];

        var dataset = await _folder.UploadAsync(Path.Combine(folder, "csvs", name + ".csv"));

        dataset.RowCount.ShouldBe(expected.Count);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(expected[0].EnumerateObject().Select(p => p.Name));
        for (var r = 0; r < expected.Count; r++)
        {
            foreach (var property in expected[r].EnumerateObject())
            {
                if (name == "location_coordinates" && property.Name == "Contact Phone Number")
                {
                    continue; // Upstream's JSON has 1234567890 for the file's 2095257564.
                }

                var ours = CellText.Of(dataset.Frame.Columns[property.Name][r]);
                CellText.Same(ours, property.Value.GetString()).ShouldBeTrue($"row {r + 1}, {property.Name}: ours '{ours}', expected '{property.Value.GetString()}'");
            }
        }

        dataset.Warnings.ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();
}
