using Microsoft.Data.Analysis;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Analysis;

public sealed class ColumnFiguresTests
{
    [Fact]
    public void Figures_count_missing_and_distinct_values_leaving_out_missing_ones_and_NaN()
    {
        var numbers = new DoubleDataFrameColumn("kg", [1.5, 1.5, double.NaN, null, 2]);
        var names = new StringDataFrameColumn("district", ["Huye", "Huye", null, "Nyamagabe"]);

        var kg = Workbench.GetColumnFigures(numbers);
        var district = Workbench.GetColumnFigures(names);

        kg.ShouldBe(new(Length: 5, Missing: 1, Distinct: 2));
        district.ShouldBe(new(Length: 4, Missing: 1, Distinct: 2));
        district.MissingRatio.ShouldBe(0.25);
    }

    [Fact]
    public void Figures_are_counted_again_once_the_column_changes()
    {
        var column = new Int32DataFrameColumn("n", [1, 2]);
        var before = Workbench.GetColumnFigures(column);

        column.Append(3);
        var after = Workbench.GetColumnFigures(column);

        before.Distinct.ShouldBe(2);
        after.ShouldBe(new(Length: 3, Missing: 0, Distinct: 3));
        Workbench.GetColumnFigures(new Int32DataFrameColumn("empty", 0)).MissingRatio.ShouldBe(0);
    }
}
