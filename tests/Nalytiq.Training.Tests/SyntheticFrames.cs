using Microsoft.Data.Analysis;

namespace Nalytiq.Training.Tests;

/// <summary>Seeded synthetic frames with a known signal, one column of each kind the featurizer handles.</summary>
internal static class SyntheticFrames
{
    private static readonly string[] Regions = ["north", "south", "east", "west"];
    private static readonly string[] Words = ["great", "bad", "service", "slow", "fast", "price", "quality", "support", "late", "friendly"];

    /// <summary>
    /// Customers: <c>churn</c> (yes/no) depends on tenure, spend and region; plus an ID, a date, a flag, free text,
    /// a high-cardinality code and missing numbers.
    /// </summary>
    public static DataFrame Customers(int rows, int seed = 7)
    {
        var random = new Random(seed);
        var id = new Int32DataFrameColumn("customer_id");
        var tenure = new DoubleDataFrameColumn("tenure");
        var spend = new DoubleDataFrameColumn("spend");
        var region = new StringDataFrameColumn("region");
        var premium = new BooleanDataFrameColumn("premium");
        var joined = new PrimitiveDataFrameColumn<DateTime>("joined");
        var comment = new StringDataFrameColumn("comment");
        var code = new StringDataFrameColumn("postcode");
        var churn = new StringDataFrameColumn("churn");
        for (var i = 0; i < rows; i++)
        {
            var t = random.NextDouble() * 60;
            var s = random.NextDouble() * 100;
            var r = Regions[random.Next(Regions.Length)];
            var score = -0.08 * t + 0.03 * s + (r == "south" ? 1.5 : 0) + random.NextDouble() - 0.5;
            id.Append(1000 + i);
            tenure.Append(random.NextDouble() < 0.1 ? null : t);
            spend.Append(s);
            region.Append(r);
            premium.Append(random.NextDouble() < 0.3);
            joined.Append(new DateTime(2020, 1, 1).AddHours(random.Next(0, 30000)));
            comment.Append(string.Join(' ', Enumerable.Range(0, 4).Select(_ => Words[random.Next(Words.Length)])));
            code.Append("P" + random.Next(0, 400).ToString(System.Globalization.CultureInfo.InvariantCulture));
            churn.Append(score > 0 ? "yes" : "no");
        }

        return new DataFrame(id, tenure, spend, region, premium, joined, comment, code, churn);
    }

    /// <summary><c>y</c> = 3·x1 − 2·x2 + 5·[group b] + small noise.</summary>
    public static DataFrame Linear(int rows, int seed = 11)
    {
        var random = new Random(seed);
        var x1 = new DoubleDataFrameColumn("x1");
        var x2 = new DoubleDataFrameColumn("x2");
        var group = new StringDataFrameColumn("group");
        var y = new DoubleDataFrameColumn("y");
        for (var i = 0; i < rows; i++)
        {
            var a = random.NextDouble() * 10;
            var b = random.NextDouble() * 10;
            var g = random.Next(3) switch { 0 => "a", 1 => "b", _ => "c" };
            x1.Append(a);
            x2.Append(b);
            group.Append(g);
            y.Append((3 * a) - (2 * b) + (g == "b" ? 5 : 0) + (random.NextDouble() - 0.5));
        }

        return new DataFrame(x1, x2, group, y);
    }

    /// <summary>Three well-separated classes (<c>species</c>) by two measurements.</summary>
    public static DataFrame Flowers(int rows, int seed = 5)
    {
        var random = new Random(seed);
        var length = new DoubleDataFrameColumn("length");
        var width = new DoubleDataFrameColumn("width");
        var species = new StringDataFrameColumn("species");
        string[] names = ["setosa", "versicolor", "virginica"];
        for (var i = 0; i < rows; i++)
        {
            var k = i % 3;
            length.Append((k * 3) + random.NextDouble());
            width.Append((k * 1.5) + random.NextDouble());
            species.Append(names[k]);
        }

        return new DataFrame(length, width, species);
    }
}
