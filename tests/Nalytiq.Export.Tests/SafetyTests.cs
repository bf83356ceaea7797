using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Shouldly;
using Xunit;

namespace Nalytiq.Export.Tests;

public sealed class SafetyTests : IDisposable
{
    private readonly ExportFolder _folder = new();

    public static TheoryData<string> Extensions => new() { "csv", "tsv", "json", "ndjson", "xlsx", "parquet" };

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task An_existing_file_is_refused_without_overwrite_and_left_untouched(string extension)
    {
        var path = _folder.Write($"keep.{extension}", "precious");

        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(SampleFrames.Tricky(), $"keep.{extension}"));

        error.Text.Key.ShouldBe("Export_FileExists");
        error.Message.ShouldContain("--overwrite");
        (await File.ReadAllTextAsync(path)).ShouldBe("precious");
        _folder.Files().ShouldBe([$"keep.{extension}"]);
    }

    [Fact]
    public async Task Overwrite_replaces_the_file_and_says_so()
    {
        _folder.Write("data.csv", "old");

        var result = await _folder.ExportAsync(SampleFrames.Tricky(), "data.csv", new ExportOptions { Overwrite = true });

        result.Replaced.ShouldBeTrue();
        (await _folder.UploadAsync("data.csv")).ShouldEqualFrame(SampleFrames.Tricky());
        _folder.Files().ShouldBe(["data.csv"]);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task A_cancellation_mid_write_leaves_no_file_and_no_temporary_file(string extension)
    {
        var frame = SampleFrames.Large(400_000);
        using var cancel = new CancelAfterRows(150_000);

        await Should.ThrowAsync<OperationCanceledException>(() =>
            _folder.ExportAsync(frame, $"big.{extension}", new ExportOptions { ProgressRows = 50_000 }, cancel, cancel.Token));

        cancel.Reports.ShouldContain(p => p.RowsWritten >= 150_000 && p.RowsWritten < frame.Rows.Count);
        _folder.Files().ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task A_failure_mid_write_keeps_the_previous_file_intact(string extension)
    {
        var small = SampleFrames.Tricky();
        await _folder.ExportAsync(small, $"report.{extension}");
        var before = await File.ReadAllBytesAsync(_folder.File($"report.{extension}"));
        using var cancel = new CancelAfterRows(100_000);

        await Should.ThrowAsync<OperationCanceledException>(() => _folder.ExportAsync(
            SampleFrames.Large(300_000), $"report.{extension}", new ExportOptions { Overwrite = true, ProgressRows = 50_000 }, cancel, cancel.Token));

        (await File.ReadAllBytesAsync(_folder.File($"report.{extension}"))).ShouldBe(before);
        _folder.Files().ShouldBe([$"report.{extension}"]);
    }

    [Theory]
    [MemberData(nameof(Extensions))]
    public async Task A_value_that_throws_mid_write_fails_cleanly_and_leaves_the_previous_file(string extension)
    {
        const int rows = 300_000;
        await _folder.ExportAsync(SampleFrames.Tricky(), $"out.{extension}");
        var before = await File.ReadAllBytesAsync(_folder.File($"out.{extension}"));
        var frame = new DataFrame(new PrimitiveDataFrameColumn<int>("n", Enumerable.Range(0, rows)), new ThrowingColumn("bad", rows, failingRow: 200_000));

        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(frame, $"out.{extension}", new ExportOptions { Overwrite = true }));

        error.Text.Key.ShouldBe("Export_WriteFailed");
        error.InnerException.ShouldBeOfType<InvalidOperationException>();
        (await File.ReadAllBytesAsync(_folder.File($"out.{extension}"))).ShouldBe(before);
        _folder.Files().ShouldBe([$"out.{extension}"]);
    }

    [Fact]
    public async Task Progress_is_reported_as_rows_are_written()
    {
        var frame = SampleFrames.Large(10_000);
        var progress = new CancelAfterRows(long.MaxValue);

        await _folder.ExportAsync(frame, "progress.csv", new ExportOptions { ProgressRows = 1_000 }, progress);

        progress.Reports.Count.ShouldBeGreaterThanOrEqualTo(10);
        progress.Reports.Select(r => r.RowsWritten).ShouldBeInOrder(SortDirection.Ascending);
        progress.Reports[^1].ShouldBe(new ExportProgress(10_000, 10_000));
        progress.Dispose();
    }

    [Fact]
    public async Task A_missing_folder_is_a_clear_error()
    {
        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(SampleFrames.Tricky(), "nowhere/data.csv"));

        error.Text.Key.ShouldBe("Export_DirectoryNotFound");
        error.Localize(Localizer.French).ShouldContain("n'existe pas");
    }

    [Fact]
    public async Task A_read_only_location_is_a_clear_error()
    {
        // Even root may not create files in /sys; chmod would not stop root, which CI containers often are.
        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(SampleFrames.Tricky(), "/sys/nalytiq-export.csv"));

        error.Text.Key.ShouldBe("Export_ReadOnly");
        error.Localize(Localizer.Kinyarwanda).ShouldContain("/sys");
    }

    [Theory]
    [InlineData("data.xls", null, "Export_UnknownFormat")]
    [InlineData("data", null, "Export_UnknownFormat")]
    [InlineData("data.html", null, "Export_FrameFormat")]
    [InlineData("data.csv", "sheet", "Export_SheetXlsxOnly")]
    [InlineData("data.parquet", "culture", "Export_CultureTextOnly")]
    [InlineData("data.xlsx", "bad-sheet", "Export_InvalidSheet")]
    public async Task Unsuitable_formats_and_options_are_clear_errors(string name, string? option, string key)
    {
        var options = option switch
        {
            "sheet" => new ExportOptions { Sheet = "Data" },
            "culture" => new ExportOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("fr-FR") },
            "bad-sheet" => new ExportOptions { Sheet = "a/b" },
            _ => ExportOptions.Default,
        };

        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(SampleFrames.Tricky(), name, options));

        error.Text.Key.ShouldBe(key);
        _folder.Files().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_format_named_explicitly_wins_over_the_extension()
    {
        await _folder.ExportAsync(SampleFrames.Tricky(), "data.txt", new ExportOptions { Format = DataFormat.Parquet });

        (await _folder.UploadAsync("data.txt", new Ingestion.UploadOptions { Format = Ingestion.DataFormat.Parquet })).ShouldEqualFrame(SampleFrames.Tricky());
    }

    [Fact]
    public async Task A_frame_wider_than_an_excel_sheet_is_refused_before_writing()
    {
        var frame = new DataFrame(Enumerable.Range(0, 16_385).Select(i => (DataFrameColumn)new PrimitiveDataFrameColumn<int>($"c{i}", 0)));

        var error = await Should.ThrowAsync<ExportException>(() => _folder.ExportAsync(frame, "wide.xlsx"));

        error.Text.Key.ShouldBe("Export_XlsxTooLarge");
        _folder.Files().ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();
}
