using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class JsonTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_flattens_nested_objects_into_dotted_columns()
    {
        _folder.Write(
            "people.json",
            """
            [
              {"name": "Ada", "age": 36, "address": {"city": "Kigali", "geo": {"lat": -1.95}}, "tags": ["a", "b"], "active": true},
              {"name": "Bob", "age": null, "address": {"city": "Huye"}, "joined": "2024-03-01T13:05:00"},
              {"name": "Cy", "age": 41, "tags": [], "active": false}
            ]
            """);

        var dataset = await _folder.UploadAsync("people.json");

        dataset.Dialect.Format.ShouldBe(DataFormat.Json);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["name", "age", "address.city", "address.geo.lat", "tags", "active", "joined"]);
        dataset.RowCount.ShouldBe(3);
        dataset.Frame.Columns["age"].ShouldBeOfType<Int32DataFrameColumn>()[1].ShouldBeNull();
        dataset.Frame.Columns["address.city"][1].ShouldBe("Huye");
        dataset.Frame.Columns["address.city"][2].ShouldBeNull();
        dataset.Frame.Columns["address.geo.lat"][0].ShouldBe(-1.95);
        dataset.Frame.Columns["tags"][0].ShouldBe("[\"a\", \"b\"]");
        dataset.Frame.Columns["active"].ShouldBeOfType<BooleanDataFrameColumn>()[2].ShouldBe(false);
        dataset.Frame.Columns["joined"][1].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0));
    }

    [Fact]
    public async Task Upload_reads_json_written_in_utf16_with_a_byte_order_mark()
    {
        _folder.WriteBytes("u16.json", [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("[{\"ville\": \"Zürich\", \"n\": 2}]")]);

        var dataset = await _folder.UploadAsync("u16.json");

        dataset.Dialect.Encoding.ShouldBe("utf-16");
        dataset.Frame.Columns["ville"][0].ShouldBe("Zürich");
    }

    [Fact]
    public async Task Upload_reads_the_array_inside_a_single_wrapper_property()
    {
        _folder.Write("export.json", """{"data": [{"id": 1}, {"id": 2}]}""");

        var dataset = await _folder.UploadAsync("export.json");

        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns["id"][1].ShouldBe(2);
    }

    [Theory]
    [InlineData("events.ndjson")]
    [InlineData("events.jsonl")]
    public async Task Upload_reads_one_object_a_line(string name)
    {
        _folder.Write(name, "{\"id\": 1, \"kind\": \"click\"}\r\n\n{\"id\": 2, \"kind\": \"view\", \"meta\": {\"ms\": 12.5}}\n");

        var dataset = await _folder.UploadAsync(name);

        dataset.Dialect.Format.ShouldBe(DataFormat.NdJson);
        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["id", "kind", "meta.ms"]);
        dataset.Frame.Columns["meta.ms"][1].ShouldBe(12.5);
        dataset.Frame.Columns["meta.ms"][0].ShouldBeNull();
    }

    [Fact]
    public async Task Upload_reports_line_and_position_of_invalid_json()
    {
        _folder.Write("bad.json", "[\n  {\"id\": 1},\n  {\"id\": 2,,}\n]");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("bad.json"));

        error.Text.Key.ShouldBe("Json_Invalid");
        error.Row.ShouldBe(3);
        error.Column.ShouldBe(12);
    }

    [Fact]
    public async Task Upload_reports_the_line_of_an_invalid_ndjson_record()
    {
        _folder.Write("bad.ndjson", "{\"id\": 1}\n{\"id\": 2}\n{\"id\": }\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("bad.ndjson"));

        error.Text.Key.ShouldBe("Json_Invalid");
        error.Row.ShouldBe(3);
    }

    [Fact]
    public async Task Upload_reads_a_json_file_holding_one_object_a_line_and_says_so()
    {
        _folder.Write("log.json", "{\"level\": \"info\", \"ms\": 3}\n{\"level\": \"warn\", \"ms\": 12}\n");

        var dataset = await _folder.UploadAsync("log.json");

        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns["ms"][1].ShouldBe(12);
        dataset.Warnings.ShouldContain(w => w.Key == "Json_ReadAsLines");
    }

    [Fact]
    public async Task Upload_rejects_json_without_records()
    {
        _folder.Write("none.json", "[]");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("none.json"));

        error.Text.Key.ShouldBe("Json_NoRecords");
    }

    [Fact]
    public async Task Upload_rejects_an_empty_json_file()
    {
        _folder.Write("empty.json", "  \n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("empty.json"));

        error.Text.Key.ShouldBe("Upload_EmptyFile");
    }

    public void Dispose() => _folder.Dispose();
}
