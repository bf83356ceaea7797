using Nalytiq.Charts;
using Nalytiq.Localization;

namespace Nalytiq.TimeSeries;

/// <summary>
/// Resamples time series with the Deedle engine, which lives beside the chart adapter in the isolated F# folder
/// (<c>charts/</c>) and loads into the same private context on first use. Inputs are checked here, in the engine's
/// context, so a malformed input is reported the same way whether or not the components are installed.
/// </summary>
public sealed class TimeSeriesRuntime : ITimeSeriesEngine
{
    /// <summary>More periods than this is almost always a wrong timestamp (year 1 or 9999) or the wrong period.</summary>
    public const int MaxPeriods = 100_000;

    private const string EngineType = "Nalytiq.Charts.Plotly.TimeSeries.DeedleTimeSeriesEngine";

    private readonly IsolatedComponent<ITimeSeriesEngine> _engine;

    /// <summary>Creates a runtime over a given folder (the shared one finds the folder by itself).</summary>
    /// <param name="directory">A folder holding <c>Nalytiq.Charts.Plotly.dll</c>, Deedle and their dependencies.</param>
    public TimeSeriesRuntime(string directory)
        : this(new IsolatedComponents([Path.GetFullPath(directory)]))
    {
    }

    internal TimeSeriesRuntime(IsolatedComponents components) =>
        _engine = new IsolatedComponent<ITimeSeriesEngine>(components, EngineType, ComponentErrors.TimeSeries);

    /// <summary>The runtime every workbench of the process shares, in the same load context as the charts.</summary>
    public static TimeSeriesRuntime Shared { get; } = new(IsolatedComponents.Shared);

    /// <summary>The folder the engine was loaded from, once it is loaded.</summary>
    public string? Directory => _engine.Directory;

    /// <inheritdoc />
    /// <exception cref="NalytiqException">
    /// The columns and timestamps differ in length, the timestamps span more than <see cref="MaxPeriods"/> periods, or
    /// the components are missing or cannot be loaded.
    /// </exception>
    public TimeSeriesResult Resample(TimeSeriesInput input, ResamplePeriod period, CancellationToken cancellationToken = default)
    {
        Validate(input, period);
        cancellationToken.ThrowIfCancellationRequested();
        return _engine.Call(engine => engine.Resample(input, period, cancellationToken));
    }

    /// <summary>The Deedle engine, loading it into the private context on first call.</summary>
    /// <exception cref="NalytiqException">The components are missing or cannot be loaded.</exception>
    public ITimeSeriesEngine GetEngine() => _engine.Get();

    private static void Validate(TimeSeriesInput input, ResamplePeriod period)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Enum.IsDefined(period))
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, null);
        }

        foreach (var column in input.Columns)
        {
            if (column.Values.Count != input.Timestamps.Count)
            {
                throw new NalytiqException(new LocalizedText("TimeSeries_LengthMismatch", column.Name, column.Values.Count, input.Timestamps.Count));
            }
        }

        DateTime? first = null;
        DateTime? last = null;
        foreach (var timestamp in input.Timestamps)
        {
            if (timestamp is { } time)
            {
                first = first is null || time < first ? time : first;
                last = last is null || time > last ? time : last;
            }
        }

        if (first is { } from && last is { } to)
        {
            var periods = period.CountBetween(period.StartOf(from), period.StartOf(to));
            if (periods > MaxPeriods)
            {
                throw new NalytiqException(new LocalizedText("TimeSeries_TooManyPeriods", periods, MaxPeriods, from, to));
            }
        }
    }
}
