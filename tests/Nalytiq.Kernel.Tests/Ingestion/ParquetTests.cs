using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Parquet.Serialization;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class ParquetTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_maps_parquet_types_to_frame_columns_and_keeps_nulls()
    {
        var rows = new[]
        {
            new Measurement { Id = 1, Count = 10, Station = "Kigali", Reading = 1.5, Small = 3, Taken = new DateTime(2024, 3, 1, 13, 5, 0), Valid = true, Big = 5_000_000_000 },
            new Measurement { Id = 2, Count = null, Station = null, Reading = null, Small = 4, Taken = new DateTime(2024, 3, 2), Valid = false, Big = 6 },
            new Measurement { Id = 3, Count = 30, Station = "Huye", Reading = -2.25, Small = 5, Taken = new DateTime(2024, 3, 3), Valid = true, Big = 7 },
        };
        await using (var file = File.Create(Path.Combine(_folder.Path, "m.parquet")))
        {
            await ParquetSerializer.SerializeAsync(rows, file);
        }

        var dataset = await _folder.UploadAsync("m.parquet");

        dataset.Warnings.ShouldBeEmpty();
        dataset.Dialect.Format.ShouldBe(DataFormat.Parquet);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["Id", "Count", "Station", "Reading", "Small", "Taken", "Valid", "Big"]);
        dataset.Schema.Select(c => c.Kind).ShouldBe(
        [
            ColumnKind.Int32, ColumnKind.Int32, ColumnKind.String, ColumnKind.Double, ColumnKind.Int32, ColumnKind.DateTime,
            ColumnKind.Boolean, ColumnKind.Int64,
        ]);
        var count = dataset.Frame.Columns["Count"].ShouldBeOfType<Int32DataFrameColumn>();
        count[1].ShouldBeNull();
        count[2].ShouldBe(30);
        dataset.Schema[1].MissingCount.ShouldBe(1);
        dataset.Frame.Columns["Station"][1].ShouldBeNull();
        dataset.Frame.Columns["Station"][2].ShouldBe("Huye");
        dataset.Frame.Columns["Reading"][2].ShouldBe(-2.25);
        dataset.Frame.Columns["Taken"][0].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0));
        dataset.Frame.Columns["Big"][0].ShouldBe(5_000_000_000L);
    }

    [Fact]
    public async Task Upload_rejects_a_corrupt_parquet_file_clearly()
    {
        _folder.Write("broken.parquet", "PAR1 this is not really parquet PAR1");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("broken.parquet"));

        error.Text.Key.ShouldBe("Parquet_Corrupt");
    }

    public void Dispose() => _folder.Dispose();

    public sealed class Measurement
    {
        public int Id { get; set; }

        public int? Count { get; set; }

        public string? Station { get; set; }

        public double? Reading { get; set; }

        public short Small { get; set; }

        public DateTime Taken { get; set; }

        public bool Valid { get; set; }

        public long Big { get; set; }
    }
}
