using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Ingestion.Columns;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>
/// Workbooks written by openpyxl (tests/corpora/openpyxl/make.py), each read and compared with the JSON the script
/// wrote beside it from the values it gave openpyxl.
/// </summary>
public sealed class OpenpyxlCorpusTests : IDisposable
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "corpora", "openpyxl");
    private readonly UploadFolder _folder = new();

    public static TheoryData<string, string> Sheets()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in Directory.GetFiles(Folder, "*.json").Order(StringComparer.Ordinal))
        {
            using var expected = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var sheet in expected.RootElement.GetProperty("sheets").EnumerateArray())
            {
                data.Add(Path.GetFileName(file), sheet.GetProperty("sheet").GetString()!);
            }
        }

        return data;
    }

    public static TheoryData<string, string> RepairedSheets()
    {
        var data = new TheoryData<string, string>();
        foreach (var row in Sheets())
        {
            var (file, sheet) = ((string)row[0], (string)row[1]);
            if (Expected(file, sheet).GetProperty("strictError").ValueKind == JsonValueKind.String)
            {
                data.Add(file, sheet);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sheets))]
    public async Task Upload_reads_each_openpyxl_sheet_as_openpyxl_wrote_it(string expectations, string sheet)
    {
        var expected = Expected(expectations, sheet);

        var dataset = await UploadAsync(expectations, sheet, strict: false);

        var columns = expected.GetProperty("columns").EnumerateArray().ToList();
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(columns.Select(c => c.GetProperty("name").GetString()));
        foreach (var column in columns)
        {
            var actual = dataset.Frame.Columns[column.GetProperty("name").GetString()];
            var type = column.GetProperty("type").GetString()!;
            actual.DataType.ShouldBe(ClrType(type), $"column {actual.Name}");
            var values = column.GetProperty("values").EnumerateArray().ToList();
            actual.Length.ShouldBe(values.Count, $"column {actual.Name}");
            for (var row = 0; row < values.Count; row++)
            {
                Canonical(actual[row]).ShouldBe(Canonical(type, values[row]), $"column {actual.Name}, row {row + 1}");
            }
        }

        dataset.Warnings.Select(w => w.Key).ShouldBe(expected.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Theory]
    [MemberData(nameof(RepairedSheets))]
    public async Task Strict_mode_turns_the_first_repair_of_each_sheet_into_an_error(string expectations, string sheet)
    {
        var expected = Expected(expectations, sheet);

        var error = await Should.ThrowAsync<IngestException>(() => UploadAsync(expectations, sheet, strict: true));

        error.Text.Key.ShouldBe(expected.GetProperty("strictError").GetString());
        error.Path.ShouldNotBeNull().ShouldEndWith(Workbook(expectations));
        error.Row.ShouldNotBeNull().ShouldBeGreaterThan(0);
    }

    private async Task<Dataset> UploadAsync(string expectations, string sheet, bool strict)
    {
        var name = Workbook(expectations);
        _folder.WriteBytes(name, await File.ReadAllBytesAsync(Path.Combine(Folder, name)));
        return await _folder.UploadAsync(name, new UploadOptions { Sheet = sheet, Strict = strict });
    }

    private static string Workbook(string expectations) => Path.ChangeExtension(expectations, ".xlsx");

    private static JsonElement Expected(string expectations, string sheet)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, expectations)));
        return document.RootElement.GetProperty("sheets").EnumerateArray().Single(s => s.GetProperty("sheet").GetString() == sheet).Clone();
    }

    private static Type ClrType(string type) => type switch
    {
        "string" => typeof(string),
        "int32" => typeof(int),
        "int64" => typeof(long),
        "double" => typeof(double),
        "bool" => typeof(bool),
        "datetime" => typeof(DateTime),
        "time" => typeof(TimeSpan),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown type in the expectations."),
    };

    // Both sides as one comparable text: numbers by value, dates and times to the tick.
    private static string? Canonical(object? value) => value switch
    {
        null => null,
        TimeSpan t => TimeText.Format(t),
        DateTime d => d.ToString("yyyy-MM-ddTHH:mm:ss.fffffff", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        int or long or double => Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private static string? Canonical(string type, JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
        _ when type == "datetime" => Canonical(DateTime.Parse(value.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)),
        _ => value.GetString(),
    };

    public void Dispose() => _folder.Dispose();
}
