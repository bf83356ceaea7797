namespace Nalytiq.Analysis;

/// <summary>The spacing of a date column, judged from the step between consecutive distinct dates.</summary>
public enum DateGranularity
{
    /// <summary>Steps under a second.</summary>
    SubSecond,

    /// <summary>Steps from a second to under a minute.</summary>
    Second,

    /// <summary>Steps from a minute to under an hour.</summary>
    Minute,

    /// <summary>Steps from an hour to under a day.</summary>
    Hour,

    /// <summary>Steps from a day to under a week.</summary>
    Day,

    /// <summary>Steps from a week to under 28 days.</summary>
    Week,

    /// <summary>Steps from 28 days to under 365 days.</summary>
    Month,

    /// <summary>Steps of 365 days or more.</summary>
    Year,
}
