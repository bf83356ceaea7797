using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Parquet;

/// <summary>
/// Every file of apache/parquet-testing's <c>data/</c> (tests/corpora/parquet-testing): what DuckDB reads, we read
/// with the same rows, names and values; what DuckDB refuses, we refuse with a clean <see cref="IngestException"/>.
/// </summary>
public sealed class ParquetCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "corpora", "parquet-testing", "data");

    // A map whose string column chunk holds more than 2 GB once decompressed: reading it takes minutes and gigabytes,
    // which a shared test machine cannot give. It is vendored, and left out of this test.
    private const string TooLarge = "large_string_map.brotli.parquet";

    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string>();
        foreach (var file in AllFiles().Where(f => f != TooLarge))
        {
            files.Add(file);
        }

        return files;
    }

    [Fact]
    public void The_corpus_is_vendored_in_full()
    {
        AllFiles().Count().ShouldBe(107);
        AllFiles().ShouldContain(TooLarge);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Upload_reads_each_corpus_file_as_duckdb_does(string file)
    {
        // Arrange
        var path = Path.Combine(Corpus, file);
        var expected = DuckDbReference.CanRead(path) ? DuckDbReference.Read(path) : ((List<string> Names, List<string> Types, List<string[]> Rows)?)null;

        var options = new UploadOptions { Format = DataFormat.Parquet };

        // Act
        var upload = DatasetLoader.LoadAsync(path, options, progress: null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(2));

        // Assert
        if (expected is not { } reference)
        {
            var error = await Should.ThrowAsync<IngestException>(upload);
            error.Text.Key.ShouldStartWith("Parquet_");
            return;
        }

        var dataset = await upload;
        var frame = dataset.Frame;
        dataset.Schema.Select(c => c.SourceName ?? c.Name).ShouldBe(reference.Names);
        frame.Rows.Count.ShouldBe(reference.Rows.Count);
        for (var c = 0; c < reference.Names.Count; c++)
        {
            var type = reference.Types[c];
            for (var r = 0; r < reference.Rows.Count; r++)
            {
                var want = reference.Rows[r][c];
                if (type == "TIME" && want != DuckDbReference.Null)
                {
                    want = DuckDbReference.CanonicalTime(want);
                }
                else if (DuckDbReference.IsTemporal(type) && want != DuckDbReference.Null)
                {
                    var forms = want.Split(DuckDbReference.TextSeparator);
                    want = dataset.Schema[c].Kind == ColumnKind.DateTime ? forms[0] : forms[1];
                }

                var got = FrameCanon.Cell(frame.Columns[c], r, type);
                got.ShouldBe(want, $"{file}: column '{reference.Names[c]}' ({type}), row {r + 1}");
            }
        }
    }

    private static IEnumerable<string> AllFiles() =>
        Directory.EnumerateFiles(Corpus, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Corpus, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
}
