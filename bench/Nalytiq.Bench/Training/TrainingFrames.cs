using Microsoft.Data.Analysis;

namespace Nalytiq.Bench.Training;

/// <summary>
/// A seeded synthetic churn-like table for the overhead and budget runs: six numbers, two categories, a flag and a
/// boolean label that depends on them non-linearly. No missing values, so the bare pipeline needs no special casing.
/// </summary>
internal static class TrainingFrames
{
    public static readonly string[] Numbers = ["n0", "n1", "n2", "n3", "n4", "n5"];
    public static readonly string[] Categories = ["plan", "city"];
    public const string Flag = "flag";
    public const string Label = "label";

    public static DataFrame Generate(int rows, int seed)
    {
        var random = new Random(seed);
        var numbers = Numbers.Select(_ => new double[rows]).ToArray();
        var plan = new string[rows];
        var city = new string[rows];
        var flag = new bool[rows];
        var label = new bool[rows];
        for (var i = 0; i < rows; i++)
        {
            for (var c = 0; c < numbers.Length; c++)
            {
                numbers[c][i] = random.NextDouble() * 10;
            }

            var p = random.Next(5);
            var k = random.Next(20);
            plan[i] = "plan" + p;
            city[i] = "city" + k;
            flag[i] = random.NextDouble() < 0.4;
            var score = Math.Sin(numbers[0][i]) * 2 + (numbers[1][i] * numbers[2][i] / 25) - numbers[3][i] / 3 + p * 0.4
                - (k % 3) * 0.5 + (flag[i] ? 0.8 : 0) + (random.NextDouble() * 2) - 1;
            label[i] = score > 0.5;
        }

        var columns = new List<DataFrameColumn>();
        columns.AddRange(Numbers.Select((name, c) => new DoubleDataFrameColumn(name, numbers[c])));
        columns.Add(new StringDataFrameColumn(Categories[0], plan));
        columns.Add(new StringDataFrameColumn(Categories[1], city));
        columns.Add(new BooleanDataFrameColumn(Flag, flag));
        columns.Add(new BooleanDataFrameColumn(Label, label));
        return new DataFrame(columns);
    }
}
