using System.Globalization;
using Microsoft.Data.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Export.Tests;

/// <summary>Another tool reads our files the way we wrote them: DuckDB's own CSV sniffer and Parquet reader.</summary>
public sealed class InteropTests : IDisposable
{
    private readonly ExportFolder _folder = new();

    [Theory]
    [InlineData("csv", "read_csv({0})")]
    [InlineData("tsv", "read_csv({0})")]
    [InlineData("parquet", "read_parquet({0})")]
    [InlineData("ndjson", "read_json({0}, format = 'newline_delimited')")]
    public async Task DuckDB_reads_every_value_as_written(string extension, string reader)
    {
        var frame = SampleFrames.Tricky();
        var path = (await _folder.ExportAsync(frame, $"tricky.{extension}")).Path;

        var (names, rows) = DuckDbReader.Query($"SELECT * FROM {string.Format(CultureInfo.InvariantCulture, reader, DuckDbReader.Literal(path))}");

        names.ShouldBe(frame.Columns.Select(c => c.Name));
        rows.Count.ShouldBe((int)frame.Rows.Count);
        for (var c = 0; c < frame.Columns.Count; c++)
        {
            for (var r = 0; r < rows.Count; r++)
            {
                var expected = frame.Columns[c][r];
                Same(rows[r][c], expected).ShouldBeTrue($"column '{names[c]}', row {r}: expected {expected}, DuckDB read {rows[r][c]} ({rows[r][c]?.GetType().Name})");
            }
        }
    }

    [Fact]
    public async Task DuckDB_keeps_the_parquet_column_types()
    {
        var path = (await _folder.ExportAsync(SampleFrames.Tricky(), "types.parquet")).Path;

        var (_, rows) = DuckDbReader.Query($"SELECT column_name, column_type, \"null\" FROM (DESCRIBE SELECT * FROM read_parquet({DuckDbReader.Literal(path)}))");

        rows.Select(r => $"{r[0]}:{r[1]}").ShouldBe(
        [
            "label, \"quoted\" name:VARCHAR", "count:INTEGER", "big:BIGINT", "amount:DOUBLE", "ok:BOOLEAN", "when:TIMESTAMP", "day:TIMESTAMP",
        ]);
    }

    private static bool Same(object? actual, object? expected) => (actual, expected) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        (System.Numerics.BigInteger b, _) => Same((long)b, expected),
        (_, double d) => BitConverter.DoubleToInt64Bits(Convert.ToDouble(actual, CultureInfo.InvariantCulture)) == BitConverter.DoubleToInt64Bits(d),
        (_, int i) => Convert.ToInt64(actual, CultureInfo.InvariantCulture) == i,
        (_, long l) => Convert.ToInt64(actual, CultureInfo.InvariantCulture) == l,
        (DateOnly d, DateTime t) => d.ToDateTime(TimeOnly.MinValue) == t,
        (DateTime a, DateTime t) => a.Ticks == t.Ticks,

        // JSON has no date type: DuckDB keeps the ISO text, which must parse back to the same instant.
        (string s, DateTime t) => DateTime.Parse(s, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind).Ticks == t.Ticks,
        _ => Equals(actual, expected),
    };

    public void Dispose() => _folder.Dispose();
}
