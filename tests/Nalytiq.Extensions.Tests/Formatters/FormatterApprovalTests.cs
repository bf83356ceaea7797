using Microsoft.Data.Analysis;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

public class FormatterApprovalTests
{
    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Kinyarwanda];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_frame_table_shows_types_missing_and_distinct_in_the_session_culture(Language language)
    {
        var text = Localizer.For(language);

        var html = DataFrameFormatter.ToHtml(SampleFrame(), text);
        var plain = DataFrameFormatter.ToPlainText(SampleFrame(), text);

        Approvals.Verify($"frame.{text.Code}.html", html);
        Approvals.Verify($"frame.{text.Code}", plain);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_upload_card_reads_in_the_session_language(Language language)
    {
        var text = Localizer.For(language);

        var html = DatasetFormatter.ToHtml(SampleDataset(), text, renderChart: null);
        var plain = DatasetFormatter.ToPlainText(SampleDataset(), text);

        Approvals.Verify($"card.{text.Code}.html", html);
        Approvals.Verify($"card.{text.Code}", plain);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task The_profile_reads_in_the_session_language(Language language)
    {
        var text = Localizer.For(language);
        var profile = await Analysis.DataProfiler.ProfileAsync(SampleFrame(), Analysis.ProfileOptions.Default with { GroupBy = "district" });
        var computed = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var result = new Analysis.AnalysisResult(
            "harvests", "744684e5569df0123456789abcdef012", profile, null, null,
            Caching.CacheSource.Garnet, computed, computed.AddMinutes(3), TimeSpan.FromMilliseconds(4), null);

        var html = AnalysisFormatter.ToHtml(result, text, drawChart: null);
        var plain = AnalysisFormatter.ToPlainText(result, text);

        Approvals.Verify($"profile.{text.Code}.html", html);
        Approvals.Verify($"profile.{text.Code}", plain);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_time_column_shows_as_times_in_the_table_the_card_and_the_profile(Language language)
    {
        var text = Localizer.For(language);
        var frame = new DataFrame(
            new StringDataFrameColumn("worker", ["Uwase", "Habimana", "Mukamana", "Nshuti"]),
            new PrimitiveDataFrameColumn<TimeSpan>("start", [new TimeSpan(7, 30, 0), new TimeSpan(0, 0, 0, 1, 500), null, new TimeSpan(12, 0, 0)]),
            new PrimitiveDataFrameColumn<TimeSpan>("overtime", [new TimeSpan(30, 15, 0), TimeSpan.FromMinutes(45), TimeSpan.Zero, new TimeSpan(100, 0, 0)]));
        var dataset = new Dataset(
            "shifts",
            frame,
            "/data/shifts.xlsx",
            new SourceDialect(DataFormat.Xlsx, null, null, HasHeader: true, Sheet: "Shifts"),
            "744684e5569df0123456789abcdef012",
            5_258,
            [new ColumnSchema("worker", ColumnKind.String, 0), new ColumnSchema("start", ColumnKind.Time, 1), new ColumnSchema("overtime", ColumnKind.Time, 0)],
            [new LocalizedText("Excel_LeadingCellsSkipped", "C4", 3, 2)],
            TimeSpan.FromMilliseconds(12),
            new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));
        var profile = await Analysis.DataProfiler.ProfileAsync(frame, Analysis.ProfileOptions.Default);
        var computed = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);
        var result = new Analysis.AnalysisResult(
            "shifts", "744684e5569df0123456789abcdef012", profile, null, null,
            Caching.CacheSource.Garnet, computed, computed.AddMinutes(3), TimeSpan.FromMilliseconds(4), null);

        Approvals.Verify($"time-frame.{text.Code}", DataFrameFormatter.ToPlainText(frame, text));
        Approvals.Verify($"time-frame.{text.Code}.html", DataFrameFormatter.ToHtml(frame, text));
        Approvals.Verify($"time-card.{text.Code}", DatasetFormatter.ToPlainText(dataset, text));
        Approvals.Verify($"time-profile.{text.Code}", AnalysisFormatter.ToPlainText(result, text));
        Approvals.Verify($"time-profile.{text.Code}.html", AnalysisFormatter.ToHtml(result, text, drawChart: null));
    }

    private static DataFrame SampleFrame() => new(
        new StringDataFrameColumn("district", ["Huye", "Rusizi", null, "Huye"]),
        new PrimitiveDataFrameColumn<int>("cherries_kg", [4213, null, 7614, 1234567]),
        new PrimitiveDataFrameColumn<double>("price", [453.5, 387.25, double.NaN, 1234.5]),
        new PrimitiveDataFrameColumn<DateTime>("date", [new DateTime(2025, 6, 17), new DateTime(2025, 6, 6, 14, 30, 0), null, new DateTime(2025, 3, 31)]),
        new PrimitiveDataFrameColumn<bool>("certified", [true, false, true, null]));

    private static Dataset SampleDataset()
    {
        var frame = SampleFrame();
        return new Dataset(
            "harvests",
            frame,
            "/data/harvests.csv",
            new SourceDialect(DataFormat.Csv, "utf-8", ';', HasHeader: true, Sheet: null),
            "744684e5569df0123456789abcdef012",
            1_234_567,
            [
                new ColumnSchema("district", ColumnKind.String, 1),
                new ColumnSchema("cherries_kg", ColumnKind.Int32, 1),
                new ColumnSchema("price", ColumnKind.Double, 1, SourceName: "price"),
                new ColumnSchema("date", ColumnKind.DateTime, 1),
                new ColumnSchema("certified", ColumnKind.Boolean, 1, SourceName: ""),
            ],
            [new LocalizedText("Upload_FileNotFound", "example.csv")],
            TimeSpan.FromMilliseconds(1534),
            new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    }
}
