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
