using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>
/// DuckDB's own CSV test files (tests/corpora/duckdb-csv): each is read by us and by DuckDB (<c>read_csv(file)</c>)
/// and compared on rows, columns and every value as text. Files where we differ on purpose are listed with why.
/// </summary>
public sealed partial class DuckDbCsvCorpusTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly UploadFolder _folder = new();

    public static TheoryData<string> Files { get; } = [.. CorpusFiles.In("duckdb-csv", ".csv", ".tsv", ".txt")];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Upload_reads_the_duckdb_test_file_as_duckdb_does_or_differs_for_a_listed_reason(string file)
    {
        var path = Path.Combine(CorpusFiles.Root, "duckdb-csv", file);
        using var timeout = new CancellationTokenSource(Patience);

        var (dataset, error) = await TryUploadAsync(path, timeout.Token);
        var reference = DuckDbReference.Read(path, out var duckError);

        if (Differences.TryGetValue(file, out var reason))
        {
            reason.ShouldNotBeNullOrWhiteSpace();
            return; // Read without crashing or hanging; how it differs is the listed reason.
        }

        if (reference is null)
        {
            // DuckDB rejects the file; we must either read it or say why in one localized message.
            (dataset is not null || error is not null).ShouldBeTrue($"DuckDB: {duckError}");
            return;
        }

        error.ShouldBeNull($"DuckDB reads it, we failed: {error?.Message}");
        var difference = Compare(dataset!, reference.Value.Names, reference.Value.Rows);
        difference.ShouldBeNull();
    }

    public void Dispose() => _folder.Dispose();

    [System.Text.RegularExpressions.GeneratedRegex("^column[0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex GeneratedName();

    private async Task<(Dataset? Dataset, IngestException? Error)> TryUploadAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return (await _folder.UploadAsync(path, cancellationToken: cancellationToken), null);
        }
        catch (IngestException e)
        {
            return (null, e);
        }
    }

    private static string? Compare(Dataset ours, string[] names, List<string?[]> rows)
    {
        var ourNames = ours.Schema.Select(c => c.SourceName ?? c.Name).ToArray();
        var theirHeader = !names.All(n => GeneratedName().IsMatch(n));
        if (ourNames.Length != names.Length || ours.Dialect.HasHeader != theirHeader)
        {
            return $"columns (header {ours.Dialect.HasHeader}/{theirHeader}): ours [{string.Join("|", ourNames)}], DuckDB [{string.Join("|", names)}]";
        }

        // Both name generated and repeated columns their own way (Column1 / column0, a_2 / a_1): compare the others.
        var renamed = ours.Schema.Select(c => c.SourceName is not null).ToArray();
        if (theirHeader && Enumerable.Range(0, names.Length).FirstOrDefault(c => !renamed[c] && ourNames[c] != names[c], -1) is var n and >= 0)
        {
            return $"column {n + 1}: ours '{ourNames[n]}', DuckDB '{names[n]}'";
        }

        if (ours.RowCount != rows.Count)
        {
            return $"rows: ours {ours.RowCount}, DuckDB {rows.Count}";
        }

        for (var c = 0; c < names.Length; c++)
        {
            var column = ours.Frame.Columns[c];
            for (var r = 0; r < rows.Count; r++)
            {
                var mine = CellText.Of(column[r]);
                if (!CellText.Same(mine, rows[r][c]))
                {
                    return $"row {r + 1}, column '{names[c]}' ({column.DataType.Name}): ours '{mine}', DuckDB '{rows[r][c]}'";
                }
            }
        }

        return null;
    }
}
