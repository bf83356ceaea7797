using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>The real IMDb extract DuckDB tests with (issue 5378): a title that starts with a quote at line 2,528.</summary>
public sealed class ImdbTitleTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_reads_the_real_imdb_extract_keeping_the_title_that_starts_with_a_quote()
    {
        var dataset = await _folder.UploadAsync(Path.Combine(CorpusFiles.Root, "duckdb-csv", "auto", "titlebasicsdebug.tsv"));

        dataset.RowCount.ShouldBe(3002);
        dataset.Frame.Columns["primaryTitle"][2526].ShouldBe("\"Swing it\" magistern");
        dataset.Frame.Columns["startYear"][2526].ShouldBe(1940);
        dataset.Warnings.Single(w => w.Key == "Csv_QuotesReadLiterally").Arguments[1].ShouldBe("2528");
    }

    public void Dispose() => _folder.Dispose();
}
