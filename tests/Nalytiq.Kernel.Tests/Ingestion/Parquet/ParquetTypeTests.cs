using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>How each Parquet type lands in the frame: exactly, or as text with a warning that says where.</summary>
public sealed class ParquetTypeTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_keeps_integers_that_fit_in_integer_columns()
    {
        Write("ints.parquet", "SELECT 7::TINYINT AS tiny, 65535::USMALLINT AS us, 4294967295::UINTEGER AS ui, 9223372036854775807::UBIGINT AS ub");

        var dataset = await _folder.UploadAsync("ints.parquet");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.Int32, ColumnKind.Int32, ColumnKind.Int64, ColumnKind.Int64]);
        dataset.Frame.Columns["ui"][0].ShouldBe(4_294_967_295L);
        dataset.Frame.Columns["ub"][0].ShouldBe(long.MaxValue);
        dataset.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_shows_a_ubigint_beyond_long_as_exact_text_with_a_warning()
    {
        Write("ub.parquet", "SELECT * FROM (VALUES (1::UBIGINT), (18446744073709551615::UBIGINT), (NULL)) t(ub)");

        var dataset = await _folder.UploadAsync("ub.parquet");

        dataset.Schema[0].Kind.ShouldBe(ColumnKind.String);
        dataset.Frame.Columns["ub"][1].ShouldBe("18446744073709551615");
        dataset.Frame.Columns["ub"][2].ShouldBeNull();
        var warning = dataset.Warnings.ShouldHaveSingleItem();
        warning.Key.ShouldBe("Parquet_IntegerAsText");
        warning.Arguments.ShouldBe(["ub", 1L, "2"]);
    }

    [Fact]
    public async Task Upload_reads_decimals_as_doubles_only_when_every_value_round_trips()
    {
        Write("dec.parquet", "SELECT * FROM (VALUES (1.25::DECIMAL(9,2), 12345678901234567.89::DECIMAL(38,2)), (-3.10, 0.10), (NULL, NULL)) t(small, big)");

        var dataset = await _folder.UploadAsync("dec.parquet");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.Double, ColumnKind.String]);
        dataset.Frame.Columns["small"][1].ShouldBe(-3.1);
        dataset.Frame.Columns["small"][2].ShouldBeNull();
        dataset.Frame.Columns["big"][0].ShouldBe("12345678901234567.89");
        dataset.Frame.Columns["big"][1].ShouldBe("0.10");
        var warning = dataset.Warnings.ShouldHaveSingleItem();
        warning.Key.ShouldBe("Parquet_DecimalAsText");
        warning.Arguments.ShouldBe(["big", 1L, "1"]);
    }

    [Fact]
    public async Task Upload_with_strict_refuses_a_decimal_a_double_would_change_and_names_row_and_column()
    {
        Write("dec.parquet", "SELECT 1 AS id, 12345678901234567.89::DECIMAL(38,2) AS big");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("dec.parquet", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Parquet_StrictInexact");
        error.Row.ShouldBe(1);
        error.Column.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_cuts_nanoseconds_to_the_tick_with_a_warning_and_strict_refuses_them()
    {
        Write("ns.parquet", "SELECT * FROM (VALUES ('2024-03-01 13:05:00.123456789'::TIMESTAMP_NS), ('2024-03-01 13:05:00.1234567'::TIMESTAMP_NS)) t(taken)");

        var dataset = await _folder.UploadAsync("ns.parquet");
        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("ns.parquet", new UploadOptions { Strict = true }));

        dataset.Frame.Columns["taken"][0].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0).AddTicks(1_234_567));
        dataset.Frame.Columns["taken"][1].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0).AddTicks(1_234_567));
        var warning = dataset.Warnings.ShouldHaveSingleItem();
        warning.Key.ShouldBe("Parquet_NanosecondsCut");
        warning.Arguments.ShouldBe(["taken", 1L, "1"]);
        error.Row.ShouldBe(1);
    }

    [Fact]
    public async Task Upload_shows_dates_beyond_year_9999_as_duckdbs_text_with_a_warning()
    {
        Write("far.parquet", "SELECT * FROM (VALUES (DATE '2024-03-01'), (DATE '12000-01-01'), (NULL), ('infinity'::DATE)) t(d)");

        var dataset = await _folder.UploadAsync("far.parquet");

        dataset.Schema[0].Kind.ShouldBe(ColumnKind.String);
        dataset.Frame.Columns["d"][0].ShouldBe("2024-03-01");
        dataset.Frame.Columns["d"][1].ShouldBe("12000-01-01");
        dataset.Frame.Columns["d"][2].ShouldBeNull();
        dataset.Frame.Columns["d"][3].ShouldBe("infinity");
        var warning = dataset.Warnings.ShouldHaveSingleItem();
        warning.Key.ShouldBe("Parquet_DateAsText");
        warning.Arguments.ShouldBe(["d", 2L, "2, 4"]);
    }

    [Fact]
    public async Task Upload_reads_times_as_a_time_column_and_nested_and_binary_values_as_json_and_hex()
    {
        Write("mixed.parquet", "SELECT TIME '13:05:00.5' AS t, TIME '24:00:00' AS midnight, {'a': 1, 'b': [2, 3]} AS s, '\\x00\\xFF'::BLOB AS bin, 'Kigali' AS town");

        var dataset = await _folder.UploadAsync("mixed.parquet");

        dataset.Frame.Columns["t"][0].ShouldBe(new TimeSpan(0, 13, 5, 0, 500));
        dataset.Frame.Columns["midnight"][0].ShouldBe(TimeSpan.FromHours(24));
        dataset.Schema.Single(c => c.Name == "t").Kind.ShouldBe(ColumnKind.Time);
        dataset.Frame.Columns["s"][0].ShouldBe("{\"a\":1,\"b\":[2,3]}");
        dataset.Frame.Columns["bin"][0].ShouldBe("00FF");
        dataset.Frame.Columns["town"][0].ShouldBe("Kigali");
        dataset.Warnings.Select(w => w.Key).ShouldBe(["Parquet_BinaryAsHex", "Parquet_NestedAsJson"]);
    }

    [Fact]
    public async Task Upload_reads_a_plain_string_column_of_alltypes_plain()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "corpora", "parquet-testing", "data", "alltypes_plain.parquet");
        File.Copy(corpus, Path.Combine(_folder.Path, "alltypes.parquet"));

        var dataset = await _folder.UploadAsync("alltypes.parquet");

        // string_col is BINARY without a UTF8 annotation: its bytes are kept, as hex.
        dataset.Frame.Columns.Select(c => c.Name).ShouldContain("string_col");
        dataset.Frame.Columns["string_col"][0].ShouldBe("30");
        dataset.Frame.Columns["id"][0].ShouldBe(4);
        dataset.Frame.Rows.Count.ShouldBe(8);
    }

    public void Dispose() => _folder.Dispose();

    private void Write(string name, string select) => DuckDbReference.Write(Path.Combine(_folder.Path, name), select);
}
