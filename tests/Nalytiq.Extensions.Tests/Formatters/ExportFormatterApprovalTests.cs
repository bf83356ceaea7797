using Nalytiq.Export;
using Nalytiq.Extensions.Formatters;
using Nalytiq.Ingestion;
using Nalytiq.Localization;
using Xunit;

namespace Nalytiq.Extensions.Tests.Formatters;

public sealed class ExportFormatterApprovalTests
{
    public static TheoryData<Language> Languages => [Language.English, Language.French, Language.Kinyarwanda];

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_export_card_reads_in_the_session_language(Language language)
    {
        var text = Localizer.For(language);
        var frame = new ExportView("harvests", new ExportResult("/data/exports/harvests.xlsx", DataFormat.Xlsx, 1_234_567, 7, 48_123_456, false, TimeSpan.FromSeconds(2.5)), text);
        var profile = new ExportView("profile", new ExportResult("/data/exports/profile.html", DataFormat.Html, 0, 7, 3_600_000, true, TimeSpan.FromMilliseconds(140)), text);

        Approvals.Verify($"export.{text.Code}.html", ExportFormatter.ToHtml(frame) + "\n" + ExportFormatter.ToHtml(profile));
        Approvals.Verify($"export.{text.Code}", ExportFormatter.ToPlainText(frame) + ExportFormatter.ToPlainText(profile));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void The_export_progress_reads_in_the_session_language(Language language)
    {
        var text = Localizer.For(language);
        var view = new ExportProgressView("sales.parquet", new ExportProgress(1_500_000, 3_000_000), TimeSpan.FromSeconds(1.2), text);

        Approvals.Verify($"export-progress.{text.Code}.html", ExportFormatter.ToHtml(view));
        Approvals.Verify($"export-progress.{text.Code}", ExportFormatter.ToPlainText(view));
    }
}
