using System.IO.Hashing;
using System.Text;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class FingerprintAndProgressTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task The_fingerprint_is_the_xxhash128_of_the_whole_file()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeCsv(120_000));
        _folder.WriteBytes("a.csv", bytes);

        var dataset = await _folder.UploadAsync("a.csv");

        dataset.Fingerprint.ShouldBe(Convert.ToHexStringLower(XxHash128.Hash(bytes)));
        dataset.SizeBytes.ShouldBe(bytes.Length);
    }

    [Fact]
    public async Task The_same_bytes_give_the_same_fingerprint_and_one_changed_byte_a_different_one()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeCsv(120_000));
        _folder.WriteBytes("a.csv", bytes);
        _folder.WriteBytes("b.csv", bytes);
        bytes[^3] = (byte)'7';
        _folder.WriteBytes("c.csv", bytes);

        var a = await _folder.UploadAsync("a.csv");
        var b = await _folder.UploadAsync("b.csv");
        var c = await _folder.UploadAsync("c.csv");

        b.Fingerprint.ShouldBe(a.Fingerprint);
        c.Fingerprint.ShouldNotBe(a.Fingerprint);
        a.Fingerprint.Length.ShouldBe(32);
        a.Fingerprint.ShouldBe(a.Fingerprint.ToLowerInvariant());
    }

    [Fact]
    public async Task Upload_reports_progress_in_bytes_and_rows_through_to_completion()
    {
        _folder.Write("big.csv", LargeCsv(200_000));
        var progress = new SyncProgress();

        var dataset = await _folder.UploadAsync("big.csv", progress: progress);

        var reports = progress.Reports;
        reports[0].Stage.ShouldBe(IngestStage.Sniffing);
        reports.Count(r => r.Stage == IngestStage.Reading).ShouldBeInRange(3, 100);
        reports.Where(r => r.Stage == IngestStage.Reading).Select(r => r.Rows).ShouldBeInOrder();
        reports[^1].Stage.ShouldBe(IngestStage.Completed);
        reports[^1].Rows.ShouldBe(dataset.RowCount);
        reports[^1].Fraction.ShouldBe(1.0);
    }

    [Fact]
    public async Task A_cancelled_upload_throws_and_adds_nothing()
    {
        _folder.Write("big.csv", LargeCsv(400_000));
        using var cancellation = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == IngestStage.Reading)
            {
                cancellation.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(() => _folder.UploadAsync("big.csv", progress: progress, cancellationToken: cancellation.Token));

        _folder.Workbench.Datasets.Count.ShouldBe(0);
        progress.Reports.ShouldNotContain(r => r.Stage == IngestStage.Completed);
    }

    [Theory]
    [InlineData("a.csv")]
    [InlineData("a.json")]
    [InlineData("a.xlsx")]
    [InlineData("a.parquet")]
    public async Task An_upload_cancelled_before_it_starts_throws(string name)
    {
        _folder.Write(name, "x");
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => _folder.UploadAsync(name, cancellationToken: cancellation.Token));

        _folder.Workbench.Datasets.Count.ShouldBe(0);
    }

    private static string LargeCsv(int rows)
    {
        var builder = new StringBuilder("timestamp,customer,quantity,city\n");
        var start = new DateTime(2024, 1, 1);
        for (var i = 0; i < rows; i++)
        {
            builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"{start.AddMinutes(i):yyyy-MM-dd HH:mm:ss},{i * 7 % 10007},{i % 50},{(i % 3 == 0 ? "Kigali" : "Huye")}\n");
        }

        return builder.ToString();
    }

    public void Dispose() => _folder.Dispose();
}
