using Nalytiq.TimeSeries;

namespace Nalytiq.Charts.Plotly.TimeSeries;

/// <summary>The least-squares line through period means, with each period's position as x.</summary>
internal static class Trend
{
    public static TimeSeriesTrend? Fit(IReadOnlyList<double?> means)
    {
        var count = 0;
        double sumX = 0, sumY = 0;
        for (var x = 0; x < means.Count; x++)
        {
            if (means[x] is { } y)
            {
                count++;
                sumX += x;
                sumY += y;
            }
        }

        if (count < 2)
        {
            return null;
        }

        // Centred sums: the textbook n·Σxy − Σx·Σy form loses digits when the means are large and close together.
        double meanX = sumX / count, meanY = sumY / count, sxy = 0, sxx = 0;
        for (var x = 0; x < means.Count; x++)
        {
            if (means[x] is { } y)
            {
                sxy += (x - meanX) * (y - meanY);
                sxx += (x - meanX) * (x - meanX);
            }
        }

        var slope = sxy / sxx;
        return new TimeSeriesTrend(slope, meanY - (slope * meanX));
    }
}
