using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public class OverviewTests
{
    [Fact]
    public async Task Overview_counts_cells_types_and_duplicate_rows_like_the_reference()
    {
        // Few distinct values per column so that whole rows repeat.
        var random = new Random(17);
        var rows = 4_000;
        int?[] a = [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.1 ? (int?)null : random.Next(0, 3))];
        string?[] b = [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.1 ? null : SampleFrames.Words[random.Next(0, 3)])];
        double?[] c = [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.1 ? double.NaN : random.Next(0, 3) / 2.0)];
        var frame = new DataFrame(
            new Int32DataFrameColumn("a", a), new StringDataFrameColumn("b", b), new DoubleDataFrameColumn("c", c));

        var overview = (await DataProfiler.ProfileAsync(frame)).Overview;

        var keys = Enumerable.Range(0, rows).Select(i => $"{a[i]}|{b[i] ?? "<null>"}|{(double.IsNaN(c[i]!.Value) ? "NaN" : c[i])}");
        var expectedDuplicates = rows - keys.Distinct().Count();
        var expectedMissing = a.Count(v => v is null) + b.Count(v => v is null) + c.Count(v => double.IsNaN(v!.Value));
        overview.Rows.ShouldBe(rows);
        overview.Columns.ShouldBe(3);
        overview.DuplicateRows.ShouldBe(expectedDuplicates);
        overview.DuplicateRowsShare.ShouldBe((double)expectedDuplicates / rows, 1e-15);
        overview.MissingCells.ShouldBe(expectedMissing);
        overview.MissingCellsShare.ShouldBe(expectedMissing / (3.0 * rows), 1e-15);
        overview.TypeCounts.ShouldBe([new KindCount(ColumnKind.Int32, 1), new KindCount(ColumnKind.Double, 1), new KindCount(ColumnKind.String, 1)]);
        overview.MemoryBytes.ShouldBeGreaterThan(rows * (4 + 8 + 8));
    }

    [Fact]
    public async Task Duplicate_rows_of_a_large_frame_match_the_reference()
    {
        var rows = 400_000;
        var random = new Random(19);
        int?[] a = [.. Enumerable.Range(0, rows).Select(_ => random.NextDouble() < 0.05 ? (int?)null : random.Next(0, 400))];
        long?[] b = [.. Enumerable.Range(0, rows).Select(_ => (long?)random.Next(0, 600))];
        var frame = new DataFrame(new Int32DataFrameColumn("a", a), new Int64DataFrameColumn("b", b));

        var overview = (await DataProfiler.ProfileAsync(frame)).Overview;

        overview.DuplicateRows.ShouldBe(rows - Enumerable.Range(0, rows).Select(i => (a[i], b[i])).Distinct().Count());
    }

    [Fact]
    public async Task A_column_of_distinct_values_means_no_duplicate_rows()
    {
        var frame = new DataFrame(
            new Int64DataFrameColumn("id", Enumerable.Range(0, 1_000).Select(i => (long)i * 7)),
            new StringDataFrameColumn("same", Enumerable.Repeat("x", 1_000)));

        var profile = await DataProfiler.ProfileAsync(frame);

        profile.Overview.DuplicateRows.ShouldBe(0);
        profile.Alerts.ShouldNotContain(a => a.Type == AlertType.DUPLICATES);
    }

    [Fact]
    public async Task Rows_differing_in_one_column_are_not_duplicates()
    {
        var frame = new DataFrame(
            new Int32DataFrameColumn("a", [1, 1, 1, null, null]),
            new StringDataFrameColumn("b", ["x", "x", "y", null, null]));

        var overview = (await DataProfiler.ProfileAsync(frame)).Overview;

        overview.DuplicateRows.ShouldBe(2);
    }

    [Fact]
    public async Task A_mixed_frame_reports_progress_for_every_step()
    {
        var frame = SampleFrames.Mixed(1_000, 3);
        var reports = new List<ProfileProgress>();
        var progress = new SynchronousProgress(reports);

        await DataProfiler.ProfileAsync(frame, new ProfileOptions { GroupBy = "word" }, progress);

        reports[0].StepsDone.ShouldBe(0);
        reports.Count.ShouldBe(reports[0].TotalSteps + 1);
        reports.Select(r => r.Step).ShouldBe(
            ["count", "amount", "word", "day", "flag", "duplicates", "correlations", "groups", null],
            ignoreOrder: true);
        reports.Max(r => r.StepsDone).ShouldBe(reports[0].TotalSteps);
    }

    [Fact]
    public async Task A_cancelled_profile_throws_and_returns_nothing()
    {
        var frame = SampleFrames.Mixed(1_000, 3);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Should.ThrowAsync<OperationCanceledException>(() => DataProfiler.ProfileAsync(frame, cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Cancelling_after_the_first_column_stops_the_profile()
    {
        var frame = new DataFrame([.. Enumerable.Range(0, 12).Select(i => new DoubleDataFrameColumn($"c{i}", SampleFrames.Doubles(100_000, i)))]);
        using var cancellation = new CancellationTokenSource();
        var reports = new List<ProfileProgress>();
        var progress = new SynchronousProgress(reports, report =>
        {
            if (report.StepsDone == 1)
            {
                cancellation.Cancel();
            }
        });

        await Should.ThrowAsync<OperationCanceledException>(
            () => DataProfiler.ProfileAsync(frame, progress: progress, cancellationToken: cancellation.Token));

        reports.Max(r => r.StepsDone).ShouldBeLessThan(reports[0].TotalSteps);
    }

    private sealed class SynchronousProgress(List<ProfileProgress> reports, Action<ProfileProgress>? then = null) : IProgress<ProfileProgress>
    {
        public void Report(ProfileProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }

            then?.Invoke(value);
        }
    }
}
