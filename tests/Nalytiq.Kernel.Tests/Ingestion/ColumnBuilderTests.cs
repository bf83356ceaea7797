using Nalytiq.Ingestion;
using Nalytiq.Ingestion.Columns;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class ColumnBuilderTests
{
    [Fact]
    public void An_int32_column_widens_to_int64_then_double_keeping_earlier_values_and_nulls()
    {
        var builder = ColumnBuilder.Create(ColumnKind.Int32, DateStyle.Iso, 4);

        ColumnBuilder.Append(ref builder, "1");
        ColumnBuilder.Append(ref builder, "NA");
        ColumnBuilder.Append(ref builder, "9000000000");
        builder.Kind.ShouldBe(ColumnKind.Int64);
        ColumnBuilder.Append(ref builder, "0.5");

        builder.Kind.ShouldBe(ColumnKind.Double);
        var column = builder.Build("x");
        column.Length.ShouldBe(4);
        column.NullCount.ShouldBe(1);
        column[0].ShouldBe(1.0);
        column[1].ShouldBeNull();
        column[2].ShouldBe(9_000_000_000.0);
        column[3].ShouldBe(0.5);
    }

    [Theory]
    [InlineData(ColumnKind.Boolean, "true")]
    [InlineData(ColumnKind.DateTime, "2024-01-01")]
    [InlineData(ColumnKind.Double, "1.5")]
    public void A_typed_column_meeting_text_asks_for_a_text_pass(ColumnKind kind, string first)
    {
        var builder = ColumnBuilder.Create(kind, DateStyle.Iso, 4);
        ColumnBuilder.Append(ref builder, first);

        ColumnBuilder.Append(ref builder, "not a value of that kind");

        builder.NeedsTextPass.ShouldBeTrue();
        builder.Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("NA")]
    [InlineData("n/a")]
    [InlineData("NULL")]
    [InlineData("NaN")]
    public void Missing_tokens_are_recognised(string token) => MissingValues.IsMissing(token).ShouldBeTrue();

    [Theory]
    [InlineData("0")]
    [InlineData("NAN!")]
    [InlineData("None")]
    public void Other_cells_are_not_missing(string token) => MissingValues.IsMissing(token).ShouldBeFalse();
}
