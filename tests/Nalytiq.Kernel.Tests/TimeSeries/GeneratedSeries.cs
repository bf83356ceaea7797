using Nalytiq.TimeSeries;

namespace Nalytiq.Tests.TimeSeries;

/// <summary>
/// Random rows over a few months, out of order, with repeated timestamps, missing timestamps, missing values (null and
/// NaN) and a three-week hole, so empty days, weeks and a month with fewer rows all occur.
/// </summary>
internal static class GeneratedSeries
{
    public static TimeSeriesInput Create(int rows, int seed)
    {
        var random = new Random(seed);
        var start = new DateTime(2025, 1, 30, 0, 0, 0, DateTimeKind.Utc);
        var holeStart = new DateTime(2025, 3, 3, 0, 0, 0, DateTimeKind.Utc);
        var timestamps = new DateTime?[rows];
        var price = new double?[rows];
        var kilograms = new double?[rows];
        var emptyColumn = new double?[rows];
        for (var i = 0; i < rows; i++)
        {
            var time = start.AddMinutes(random.Next(0, 120 * 24 * 60));
            if (time >= holeStart && time < holeStart.AddDays(21))
            {
                time = time.AddDays(21);
            }

            // Every seventh row repeats the previous timestamp, as in data logged in batches.
            timestamps[i] = random.Next(20) == 0 ? null : i % 7 == 0 && i > 0 && timestamps[i - 1] is { } previous ? previous : time;

            // Quarters only: sums of these are exact in any order, so the means can be compared exactly.
            price[i] = random.Next(10) == 0 ? null : random.Next(-4000, 40000) / 4.0;
            kilograms[i] = random.Next(8) == 0 ? double.NaN : random.Next(0, 2000) / 4.0;
            emptyColumn[i] = null;
        }

        return new TimeSeriesInput(
            timestamps,
            [new TimeSeriesColumn("price", price), new TimeSeriesColumn("kg", kilograms), new TimeSeriesColumn("empty", emptyColumn)]);
    }
}
