using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public class DatasetNamesTests
{
    [Theory]
    [InlineData("movies.json", "movies")]
    [InlineData("/data/2024 sales-Q1.csv", "_2024_sales_Q1")]
    [InlineData("class.csv", "class_")]
    [InlineData("données_été.parquet", "données_été")]
    [InlineData("archive.csv.gz", "archive")]
    [InlineData("---.csv", "data")]
    public void File_names_become_valid_identifiers(string path, string expected)
    {
        var name = DatasetNames.FromPath(path);

        name.ShouldBe(expected);
        DatasetNames.IsValidIdentifier(name).ShouldBeTrue();
    }

    [Theory]
    [InlineData("sales", true)]
    [InlineData("_x1", true)]
    [InlineData("1x", false)]
    [InlineData("my-data", false)]
    [InlineData("int", false)]
    [InlineData("", false)]
    public void Identifier_validation_follows_csharp_rules(string name, bool valid) =>
        DatasetNames.IsValidIdentifier(name).ShouldBe(valid);
}
