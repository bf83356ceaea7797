using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Export.Tests;

public sealed class RoundTripTests : IDisposable
{
    private readonly ExportFolder _folder = new();

    public static TheoryData<string> Extensions => new() { "csv", "tsv", "json", "ndjson", "xlsx", "parquet" };

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task A_frame_with_awkward_text_extreme_numbers_dates_and_gaps_reads_back_equal(string extension)
    {
        var frame = SampleFrames.Tricky();

        var result = await _folder.ExportAsync(frame, $"tricky.{extension}");
        var back = await _folder.UploadAsync($"tricky.{extension}");

        back.ShouldEqualFrame(frame);
        result.Rows.ShouldBe(frame.Rows.Count);
        result.Columns.ShouldBe(frame.Columns.Count);
        result.SizeBytes.ShouldBe(new FileInfo(_folder.File($"tricky.{extension}")).Length);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task Upload_then_export_then_upload_gives_the_same_frame(string extension)
    {
        _folder.Write("source.csv", """"
            id,name,score,joined,active,balance
            1,"Uwase, Aline",12.5,2021-03-04 08:30:00,true,-9223372036854775808
            2,"He said ""yes""",,2022-11-30 17:45:10,false,9223372036854775807
            3,"multi
            line",-0.25,,true,
            4,Ndayisaba,1e-9,2023-01-15 00:00:01,,42
            5,,3.0,2024-12-31 23:59:59,false,-1
            """");
        var uploaded = await _folder.UploadAsync("source.csv");

        await _folder.ExportAsync(uploaded, $"copy.{extension}");
        var back = await _folder.UploadAsync($"copy.{extension}");

        back.ShouldEqualFrame(uploaded);
        back.Columns.Select(c => c.DataType).ShouldBe([typeof(int), typeof(string), typeof(double), typeof(DateTime), typeof(bool), typeof(long)]);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("parquet")]
    public async Task Dates_keep_their_ticks_where_the_format_can_hold_them(string extension)
    {
        var when = new PrimitiveDataFrameColumn<DateTime>("when", [new DateTime(2024, 5, 6, 7, 8, 9).AddTicks(1_234_567), new DateTime(1970, 1, 1), new DateTime(2261, 12, 31, 23, 59, 59).AddTicks(9_999_999)]);
        var frame = new DataFrame(when, new PrimitiveDataFrameColumn<int>("n", [1, 2, 3]));

        await _folder.ExportAsync(frame, $"ticks.{extension}");
        var back = await _folder.UploadAsync($"ticks.{extension}");

        back.ShouldEqualFrame(frame);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task A_time_column_reads_back_as_the_same_times(string extension)
    {
        // xlsx keeps a time as a fraction of a day, read back to the millisecond; the other formats keep every tick.
        var fraction = extension == "xlsx" ? TimeSpan.FromMilliseconds(250) : TimeSpan.FromTicks(1_234_567);
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<TimeSpan>("at", [new TimeSpan(13, 5, 0), TimeSpan.Zero, null, new TimeSpan(23, 59, 59) + fraction, new TimeSpan(30, 15, 0)]),
            new PrimitiveDataFrameColumn<int>("n", [1, 2, 3, 4, 5]));

        await _folder.ExportAsync(frame, $"times.{extension}");
        var back = await _folder.UploadAsync($"times.{extension}");

        back.Columns["at"].DataType.ShouldBe(typeof(TimeSpan));
        back.ShouldEqualFrame(frame);
    }

    [Fact]
    public async Task A_time_of_day_column_is_parquet_TIME_for_other_readers_and_a_duration_stays_exact_for_ours()
    {
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<TimeSpan>("at", [new TimeSpan(0, 13, 5, 0, 500), TimeSpan.FromHours(24)]),
            new PrimitiveDataFrameColumn<TimeSpan>("lasted", [new TimeSpan(30, 15, 0), TimeSpan.FromTicks(1)]));

        await _folder.ExportAsync(frame, "times.parquet");

        using var duck = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT typeof(\"at\"), CAST(\"at\" AS VARCHAR), typeof(lasted) FROM read_parquet('{_folder.File("times.parquet")}') LIMIT 1";
        using var reader = command.ExecuteReader();
        reader.Read().ShouldBeTrue();
        (reader.GetString(0), reader.GetString(1), reader.GetString(2)).ShouldBe(("TIME", "13:05:00.5", "BIGINT"));
        (await _folder.UploadAsync("times.parquet")).ShouldEqualFrame(frame);
    }

    [Theory]
    [InlineData("fr-FR", ';')]
    [InlineData("rw-RW", ';')]
    [InlineData("de-DE", ';')]
    [InlineData("en-US", ',')]
    public async Task A_culture_formatted_csv_uses_the_culture_separators_and_reads_back_equal(string culture, char delimiter)
    {
        var frame = new DataFrame(
            new PrimitiveDataFrameColumn<double>("amount", [1234.5, -0.75, 3.0]),
            new PrimitiveDataFrameColumn<DateTime>("day", [new DateTime(2024, 1, 13), new DateTime(2024, 12, 25), new DateTime(2023, 7, 31)]),
            new StringDataFrameColumn("place", ["Kigali", "Huye, Sud", "Musanze"]));
        var cultureInfo = CultureInfo.GetCultureInfo(culture);

        await _folder.ExportAsync(frame, "local.csv", new ExportOptions { Culture = cultureInfo });
        var text = await File.ReadAllTextAsync(_folder.File("local.csv"));
        var back = await _folder.UploadAsync("local.csv");

        (await File.ReadAllBytesAsync(_folder.File("local.csv")))[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        text.Split('\n')[0].ShouldBe($"amount{delimiter}day{delimiter}place");
        text.ShouldContain(1234.5.ToString("0.0", cultureInfo));
        text.ShouldContain(new DateTime(2024, 12, 25).ToString("d", cultureInfo));
        back.ShouldEqualFrame(frame);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("parquet")]
    public async Task The_first_and_last_dates_dotnet_holds_read_back_to_the_microsecond(string extension)
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<DateTime>("when", [new DateTime(1, 1, 1), new DateTime(9999, 12, 31, 23, 59, 59, 999, 999)]));

        await _folder.ExportAsync(frame, $"edges.{extension}");
        var back = await _folder.UploadAsync($"edges.{extension}");

        back.ShouldEqualFrame(frame);
    }

    [Fact]
    public async Task Integral_doubles_stay_doubles_in_text_formats()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<double>("x", [1.0, 2.0, -0.0, 1e300]));

        await _folder.ExportAsync(frame, "integral.csv");
        var back = await _folder.UploadAsync("integral.csv");

        Encoding.UTF8.GetString(await File.ReadAllBytesAsync(_folder.File("integral.csv"))).ShouldBe("x\n1.0\n2.0\n-0.0\n1E+300\n");
        back.ShouldEqualFrame(frame);
    }

    [Fact]
    public async Task A_frame_without_rows_writes_its_header()
    {
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("a", 0), new StringDataFrameColumn("b", 0));

        await _folder.ExportAsync(frame, "empty.csv");
        await _folder.ExportAsync(frame, "empty.parquet");

        Encoding.UTF8.GetString(await File.ReadAllBytesAsync(_folder.File("empty.csv"))).ShouldBe("a,b\n");
        var back = await _folder.UploadAsync("empty.parquet");
        back.Columns.Select(c => c.Name).ShouldBe(["a", "b"]);
        back.Rows.Count.ShouldBe(0);
    }

    [Fact]
    public async Task An_xlsx_export_names_its_sheet_and_reads_back_from_it()
    {
        var frame = SampleFrames.Tricky();

        await _folder.ExportAsync(frame, "named.xlsx", new ExportOptions { Sheet = "Harvest 2024" });
        var back = await _folder.UploadAsync("named.xlsx", new UploadOptions { Sheet = "Harvest 2024" });

        back.ShouldEqualFrame(frame);
    }

    public void Dispose() => _folder.Dispose();
}
