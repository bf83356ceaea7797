namespace Nalytiq.TimeSeries;

/// <summary>The length of the periods a time series is resampled into.</summary>
public enum ResamplePeriod
{
    /// <summary>Calendar days, starting at midnight.</summary>
    Day,

    /// <summary>ISO weeks, starting on Monday at midnight.</summary>
    Week,

    /// <summary>Calendar months, starting on the first day at midnight.</summary>
    Month,
}
