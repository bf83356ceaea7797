namespace Nalytiq.TimeSeries;

/// <summary>
/// Resamples time series. The implementation uses Deedle, an F# library that needs a newer FSharp.Core than the
/// notebook host carries, so it runs in the same private load context as the charts
/// (docs/host.md#one-assembly-context).
/// </summary>
public interface ITimeSeriesEngine
{
    /// <summary>Counts rows and averages each numeric column per period.</summary>
    /// <param name="input">The timestamps and numeric columns, all of the same length.</param>
    /// <param name="period">The length of the periods.</param>
    /// <param name="cancellationToken">Stops the computation between columns.</param>
    TimeSeriesResult Resample(TimeSeriesInput input, ResamplePeriod period, CancellationToken cancellationToken = default);
}
