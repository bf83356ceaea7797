using Shouldly;
using Xunit;

namespace Nalytiq.Host.Tests;

/// <summary>
/// The Parquet reader runs DuckDB in-process: its native library must load in the real dotnet-interactive host when
/// the package comes from <c>#r "nuget: ..."</c>, not only in our own test processes.
/// </summary>
[Collection(RealHostDefinition.Name)]
[Trait("Category", "Host")]
public sealed class ParquetInRealHostTests(PackedExtension package)
{
    private static TimeSpan CellTimeout => TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Upload_reads_a_parquet_file_through_duckdb_in_the_real_host()
    {
        // Arrange
        var folder = package.NewWorkingDirectory();
        File.Copy(
            Path.Combine(Repository.Root, "tests", "corpora", "parquet-testing", "data", "alltypes_plain.parquet"),
            Path.Combine(folder, "alltypes.parquet"));
        await using var host = await HostSession.StartAsync(package.Tool, folder);
        CellOutput.ShouldSucceed(await host.LoadNalytiqAsync(package));

        // Act
        var upload = await host.SubmitAsync("#!upload alltypes.parquet", CellTimeout);
        var count = await host.SubmitAsync("alltypes.Rows.Count", CellTimeout);
        var id = await host.SubmitAsync("alltypes.Columns[\"id\"][0]", CellTimeout);
        var timestamp = await host.SubmitAsync("((DateTime)alltypes.Columns[\"timestamp_col\"][0]!).ToString(\"yyyy-MM-dd HH:mm:ss\", System.Globalization.CultureInfo.InvariantCulture)", CellTimeout);

        // Assert
        CellOutput.ShouldSucceed(upload);
        CellOutput.ReturnedText(count).ShouldBe("8");
        CellOutput.ReturnedText(id).ShouldBe("4");
        CellOutput.ReturnedText(timestamp).ShouldBe("2009-03-01 00:00:00");
    }
}
