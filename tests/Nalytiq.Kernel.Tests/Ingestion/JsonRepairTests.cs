using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>What the JSON reader accepts beyond strict JSON or must replace: always a warning with where, or an error with --strict.</summary>
public sealed class JsonRepairTests : IDisposable
{
    private static readonly UploadOptions Strict = new() { Strict = true };
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_replaces_a_lone_surrogate_escape_in_a_value_or_a_key_and_says_where()
    {
        _folder.Write("s.json", "[{\"a\": \"x\\uDFAAy\"},\n {\"\\uD800\": 1, \"a\": \"\\uD83D\\uDE00\"}]");

        var dataset = await _folder.UploadAsync("s.json");

        dataset.Frame.Columns["a"][0].ShouldBe("x\uFFFDy");
        dataset.Frame.Columns["a"][1].ShouldBe("😀");
        dataset.Frame.Columns["\uFFFD"][1].ShouldBe(1);
        ShouldWarn(dataset, "Json_LoneSurrogates", 2L, "1:10, 2:4");
    }

    [Fact]
    public async Task Upload_with_strict_refuses_a_lone_surrogate_with_its_line_and_position()
    {
        _folder.Write("s.json", "[\n  {\"a\": \"\\uDFAA\"}\n]");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("s.json", Strict));

        error.Text.Key.ShouldBe("Json_LoneSurrogateStrict");
        (error.Row, error.Column).ShouldBe((2L, 10));
    }

    [Fact]
    public async Task Upload_replaces_bytes_that_are_not_utf8_when_utf8_is_named_and_says_where()
    {
        _folder.WriteBytes("b.ndjson", [.. "{\"a\": \"x"u8, 0xFF, .. "y\"}\n{\"a\": \"ok\"}\n"u8]);

        var dataset = await _folder.UploadAsync("b.ndjson", new UploadOptions { Encoding = "utf-8" });

        dataset.Frame.Columns["a"][0].ShouldBe("x\uFFFDy");
        dataset.Frame.Columns["a"][1].ShouldBe("ok");
        ShouldWarn(dataset, "Json_InvalidUtf8", 1L, "1:9");
        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("b.ndjson", Strict with { Encoding = "utf-8" }));
        error.Text.Key.ShouldBe("Json_InvalidUtf8Strict");
    }

    [Fact]
    public async Task Upload_accepts_comments_and_trailing_commas_and_counts_them()
    {
        _folder.Write("lenient.json", "[\n  {\"a\": 1, \"t\": [1, 2,],}, // first\n  /* second */ {\"a\": 2},\n]");

        var dataset = await _folder.UploadAsync("lenient.json");

        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns["a"][1].ShouldBe(2);
        dataset.Frame.Columns["t"][0].ShouldBe("[1, 2,]");
        ShouldWarn(dataset, "Json_Comments", 2L, "2:28, 3:3");
        ShouldWarn(dataset, "Json_TrailingCommas", 3L, "2:22, 2:24, 3:24");
    }

    [Theory]
    [InlineData("[{\"a\": 1} /* c */]", "Json_CommentStrict", 1, 11)]
    [InlineData("[{\"a\": 1},\n{\"a\": 2,}]", "Json_TrailingCommaStrict", 2, 8)]
    public async Task Upload_with_strict_refuses_what_json_does_not_allow(string content, string key, long line, int position)
    {
        _folder.Write("strict.json", content);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("strict.json", Strict));

        error.Text.Key.ShouldBe(key);
        (error.Row, error.Column).ShouldBe((line, position));
    }

    [Fact]
    public async Task Upload_keeps_every_value_of_a_repeated_key_in_a_column_of_its_own()
    {
        _folder.Write("dup.json", "[{\"a\": 1, \"a\": 2, \"b.c\": 5, \"b\": {\"c\": 6}},\n {\"a\": 3}]");

        var dataset = await _folder.UploadAsync("dup.json");

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["a", "a_2", "b.c", "b.c_2"]);
        dataset.Frame.Columns["a"][0].ShouldBe(1);
        dataset.Frame.Columns["a_2"][0].ShouldBe(2);
        dataset.Frame.Columns["a"][1].ShouldBe(3);
        dataset.Frame.Columns["a_2"][1].ShouldBeNull();
        dataset.Frame.Columns["b.c_2"][0].ShouldBe(6);
        ShouldWarn(dataset, "Json_RepeatedKeys", 2L, "1:11, 1:35");
        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("dup.json", Strict));
        error.Text.Key.ShouldBe("Json_RepeatedKeyStrict");
    }

    [Fact]
    public async Task Upload_keeps_numbers_no_integer_or_double_can_hold_as_text_and_says_so()
    {
        _folder.Write("big.json", "[{\"id\": 123456789012345678901234567890, \"big\": 1e400, \"tiny\": -1e-400, \"max\": 9223372036854775807, \"zero\": 0e-400},\n {\"id\": 7, \"big\": 2.5, \"tiny\": 1, \"max\": 1, \"zero\": 1}]");

        var dataset = await _folder.UploadAsync("big.json");

        dataset.Frame.Columns["id"].ShouldBeOfType<StringDataFrameColumn>()[0].ShouldBe("123456789012345678901234567890");
        dataset.Frame.Columns["id"][1].ShouldBe("7");
        dataset.Frame.Columns["big"][0].ShouldBe("1e400");
        dataset.Frame.Columns["tiny"][0].ShouldBe("-1e-400");
        dataset.Frame.Columns["max"].ShouldBeOfType<Int64DataFrameColumn>()[0].ShouldBe(long.MaxValue);
        dataset.Frame.Columns["zero"].ShouldBeOfType<DoubleDataFrameColumn>()[0].ShouldBe(0.0);
        dataset.Warnings.Where(w => w.Key == "Json_NumbersAsText").Select(w => w.Arguments[0]).ShouldBe(["id", "big", "tiny"]);
        ShouldWarn(dataset, "Json_NumbersAsText", "id", 1L, "1:9");
        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("big.json", Strict));
        error.Text.Key.ShouldBe("Json_NumberTooLargeStrict");
        (error.Row, error.Column).ShouldBe((1L, 9));
    }

    [Fact]
    public async Task Upload_keeps_arrays_in_cells_as_their_exact_json_text()
    {
        _folder.Write("arrays.json", "[{\"m\": [ {\"x\": 1}, [2, 3.50], \"\\u00e9\" ], \"e\": []}, {\"m\": null, \"e\": [\n  1\n]}]");

        var dataset = await _folder.UploadAsync("arrays.json");

        dataset.Frame.Columns["m"][0].ShouldBe("[ {\"x\": 1}, [2, 3.50], \"\\u00e9\" ]");
        dataset.Frame.Columns["m"][1].ShouldBeNull();
        dataset.Frame.Columns["e"][0].ShouldBe("[]");
        dataset.Frame.Columns["e"][1].ShouldBe("[\n  1\n]");
        dataset.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    public async Task Upload_refuses_a_lone_value_as_not_a_table(string content)
    {
        _folder.Write("one.json", content);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("one.json"));

        error.Text.Key.ShouldBe("Json_NotATable");
    }

    [Fact]
    public async Task Upload_reads_a_table_the_same_whether_the_json_has_escapes_or_not()
    {
        var plain = "[{\"name\": \"Zürich\", \"n\": 1}]";
        _folder.WriteBytes("escaped.json", Encoding.UTF8.GetBytes("[{\"na\\u006De\": \"Z\\u00fcrich\", \"n\": 1}]"));
        _folder.Write("plain.json", plain);

        var escaped = await _folder.UploadAsync("escaped.json");
        var direct = await _folder.UploadAsync("plain.json");

        escaped.Frame.Columns["name"][0].ShouldBe(direct.Frame.Columns["name"][0]);
        escaped.Warnings.ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();

    private static void ShouldWarn(Dataset dataset, string key, params object[] arguments) =>
        dataset.Warnings.Where(w => w.Key == key).Select(w => string.Join(" | ", w.Arguments))
            .ShouldContain(string.Join(" | ", arguments));
}
