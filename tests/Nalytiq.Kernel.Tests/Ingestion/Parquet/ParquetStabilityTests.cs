using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>
/// The files on which Parquet.Net returned required INT32 values empty under GC pressure: fifty reads, with garbage
/// and full collections between them, give the same values every time, and the same as DuckDB.
/// </summary>
public sealed class ParquetStabilityTests
{
    private const int Reads = 50;
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpora", "parquet-testing", "data");

    [Theory]
    [InlineData("datapage_v1-snappy-compressed-checksum.parquet")]
    [InlineData("datapage_v1-uncompressed-checksum.parquet")]
    public async Task Upload_gives_identical_values_in_fifty_reads_under_gc_pressure(string file)
    {
        // Arrange
        var path = Path.Combine(Corpus, file);
        var reference = DuckDbReference.Read(path);
        string[]? first = null;
        var garbage = new List<byte[]>();

        for (var read = 0; read < Reads; read++)
        {
            // Act
            for (var i = 0; i < 2_000; i++)
            {
                garbage.Add(new byte[1024]);
            }

            garbage.Clear();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var dataset = await DatasetLoader.LoadAsync(path, UploadOptions.Default, progress: null, CancellationToken.None);

            // Assert
            dataset.Schema.Sum(c => c.MissingCount).ShouldBe(reference.Rows.Sum(r => r.Count(v => v == DuckDbReference.Null)), $"read {read + 1}");
            var dump = FrameCanon.Dump(dataset.Frame);
            first ??= dump;
            dump.ShouldBe(first, $"read {read + 1} differs from the first");
        }

        first!.Length.ShouldBe(reference.Rows.Count);
    }
}
