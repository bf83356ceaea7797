namespace Nalytiq.Assistant;

/// <summary>How much of the data's description may leave the machine, from least to most.</summary>
public enum PrivacyLevel
{
    /// <summary>Dataset and column names only.</summary>
    Names,

    /// <summary>Names and column types.</summary>
    Schema,

    /// <summary>Names, types and the profile's figures (counts, missing, quantiles, correlations, alerts): no raw value.</summary>
    Stats,

    /// <summary>All of the above plus a few sample and frequent values, e-mail- and phone-like values masked.</summary>
    Samples,
}
