using System.Globalization;
using System.Text;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public sealed class UploadedDatasetProfileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nalytiq-profile-").FullName;

    [Fact]
    public async Task A_dataset_uploaded_from_csv_is_profiled_from_its_catalog_name()
    {
        var random = new Random(61);
        var csv = new StringBuilder("when,quantity,price,region\n");
        for (var i = 0; i < 2_000; i++)
        {
            var when = new DateTime(2024, 3, 1).AddHours(i).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var quantity = random.NextDouble() < 0.05 ? string.Empty : random.Next(0, 50).ToString(CultureInfo.InvariantCulture);
            var price = random.NextDouble() < 0.05 ? string.Empty : (random.Next(100, 10_000) / 100.0).ToString(CultureInfo.InvariantCulture);
            var region = random.NextDouble() < 0.05 ? string.Empty : SampleFrames.Words[random.Next(0, 4)];
            csv.Append(CultureInfo.InvariantCulture, $"{when},{quantity},{price},{region}\n");
        }

        await File.WriteAllTextAsync(Path.Combine(_folder, "sales.csv"), csv.ToString());
        await using var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = _folder, HomeDirectory = Path.Combine(_folder, ".nalytiq") });
        var dataset = await workbench.UploadAsync("sales.csv");

        var profile = await workbench.ProfileAsync(dataset.Name, new ProfileOptions { GroupBy = "region" });

        profile.Columns.Select(c => c.Kind).ShouldBe([ColumnKind.DateTime, ColumnKind.Int32, ColumnKind.Double, ColumnKind.String]);
        profile.Columns.Select(c => c.Missing).ShouldBe(dataset.Schema.Select(s => s.MissingCount));
        profile.Columns[0].Date!.Granularity.ShouldBe(DateGranularity.Hour);
        for (var c = 1; c <= 2; c++)
        {
            var column = dataset.Frame.Columns[c];
            var values = Enumerable.Range(0, (int)column.Length).Select(i => column[i] is null ? (double?)null : Convert.ToDouble(column[i], CultureInfo.InvariantCulture)).ToArray();
            NumericProfileTests.ShouldMatchReference(profile.Columns[c], values);
        }

        profile.Groups!.Groups.Sum(g => g.Count).ShouldBe(2_000);
        profile.Overview.MemoryBytes.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Profiling_an_unknown_dataset_name_is_a_clear_error()
    {
        await using var workbench = new Workbench(new WorkbenchOptions { WorkingDirectory = _folder });

        var error = await Should.ThrowAsync<ProfileException>(() => workbench.ProfileAsync("missing"));

        error.Message.ShouldContain("missing");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
