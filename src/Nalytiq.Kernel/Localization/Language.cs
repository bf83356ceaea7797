namespace Nalytiq.Localization;

/// <summary>The languages every Nalytiq output is available in.</summary>
public enum Language
{
    /// <summary>English (the neutral resources).</summary>
    English,

    /// <summary>French.</summary>
    French,

    /// <summary>Kinyarwanda.</summary>
    Kinyarwanda,
}
