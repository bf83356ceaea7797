using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>A double holds every integer only up to 2^53: a column that would widen past it keeps the file's text.</summary>
public sealed class LargeIntegerTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Theory]
    [InlineData("big-first.csv", "id\n9007199254740993\n12\n1.5\n")]
    [InlineData("decimal-first.csv", "id\n1.5\n12\n9007199254740993\n")]
    [InlineData("big.json", "[{\"id\": 9007199254740993}, {\"id\": 12}, {\"id\": 1.5}]")]
    [InlineData("big.ndjson", "{\"id\": 1.5}\n{\"id\": 12}\n{\"id\": 9007199254740993}\n")]
    public async Task Upload_never_rounds_an_integer_beyond_2_to_the_53_into_a_decimal_column(string file, string content)
    {
        _folder.Write(file, content);

        var dataset = await _folder.UploadAsync(file);

        dataset.Schema[0].Kind.ShouldBe(ColumnKind.String);
        dataset.Frame.Columns["id"].Cast<object>().ShouldContain("9007199254740993");
    }

    [Fact]
    public async Task Upload_keeps_decimals_beside_integers_that_a_double_holds_exactly()
    {
        _folder.Write("ok.csv", "id\n9007199254740992\n12\n1.5\n");

        var dataset = await _folder.UploadAsync("ok.csv");

        dataset.Schema[0].Kind.ShouldBe(ColumnKind.Double);
        dataset.Frame.Columns["id"][0].ShouldBe(9_007_199_254_740_992.0);
    }

    public void Dispose() => _folder.Dispose();
}
