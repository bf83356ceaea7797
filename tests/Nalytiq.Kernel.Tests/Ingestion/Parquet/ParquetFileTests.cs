using System.IO.Hashing;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>What every upload keeps for a Parquet file: fingerprint, progress, cancellation, and clean errors.</summary>
public sealed class ParquetFileTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Theory]
    [InlineData("empty")]
    [InlineData("truncated")]
    [InlineData("csv")]
    [InlineData("footer")]
    public async Task Upload_rejects_what_is_not_parquet_with_a_clean_corrupt_error(string kind)
    {
        var valid = Path.Combine(_folder.Path, "valid.parquet");
        DuckDbReference.Write(valid, "SELECT range AS id FROM range(1000)");
        var bytes = File.ReadAllBytes(valid);
        byte[] content = kind switch
        {
            "empty" => [],
            "truncated" => bytes[..(bytes.Length / 2)],
            "csv" => "id,name\n1,Kigali\n"u8.ToArray(),
            _ => [.. "PAR1"u8, .. new byte[64], .. "PAR1"u8],
        };
        _folder.WriteBytes("bad.parquet", content);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("bad.parquet"));

        error.Text.Key.ShouldBe("Parquet_Corrupt");
        error.Path.ShouldNotBeNull().ShouldEndWith("bad.parquet");
    }

    [Fact]
    public async Task Upload_says_an_encrypted_file_needs_its_keys()
    {
        var corpus = Path.Combine(AppContext.BaseDirectory, "corpora", "parquet-testing", "data", "uniform_encryption.parquet.encrypted");
        File.Copy(corpus, Path.Combine(_folder.Path, "secret.parquet"));

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("secret.parquet"));

        error.Text.Key.ShouldBe("Parquet_Encrypted");
    }

    [Fact]
    public async Task Upload_fingerprints_the_whole_file_and_reports_progress_to_completion()
    {
        var path = Path.Combine(_folder.Path, "rows.parquet");
        DuckDbReference.Write(path, "SELECT range AS id, 'district ' || (range % 30) AS district FROM range(300000)");
        var progress = new SyncProgress();

        var dataset = await _folder.UploadAsync("rows.parquet", progress: progress);

        dataset.Fingerprint.ShouldBe(Convert.ToHexStringLower(XxHash128.Hash(File.ReadAllBytes(path))));
        progress.Reports[0].Stage.ShouldBe(IngestStage.Fingerprinting);
        progress.Reports.ShouldContain(r => r.Stage == IngestStage.Reading && r.Rows > 0 && r.Rows < 300_000);
        progress.Reports[^1].ShouldBe(new IngestProgress(IngestStage.Completed, dataset.SizeBytes, dataset.SizeBytes, 300_000));
        dataset.Frame.Columns["district"][31].ShouldBe("district 1");
    }

    [Fact]
    public async Task Upload_of_a_parquet_file_stops_when_cancelled_and_binds_nothing()
    {
        DuckDbReference.Write(Path.Combine(_folder.Path, "big.parquet"), "SELECT range AS id, range * 0.5 AS x FROM range(2000000)");
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == IngestStage.Reading && p.Rows > 0)
            {
                cancellation.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(() => _folder.UploadAsync("big.parquet", progress: progress, cancellationToken: cancellation.Token));

        _folder.Workbench.Datasets.Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("harvest [2024].parquet")]
    [InlineData("o'neil * 2?.parquet")]
    public async Task Upload_reads_a_file_whose_name_holds_quotes_or_glob_characters(string name)
    {
        DuckDbReference.Write(Path.Combine(_folder.Path, "plain.parquet"), "SELECT 42 AS answer");
        File.Move(Path.Combine(_folder.Path, "plain.parquet"), Path.Combine(_folder.Path, name));

        var dataset = await _folder.UploadAsync(name, new UploadOptions { Name = "answer" });

        dataset.Frame.Columns["answer"][0].ShouldBe(42);
    }

    public void Dispose() => _folder.Dispose();
}
