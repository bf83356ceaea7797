namespace Nalytiq.Charts;

/// <summary>How an <see cref="XYSeries"/> is drawn.</summary>
public enum XYStyle
{
    /// <summary>Markers only, as for a scatter plot.</summary>
    Markers,

    /// <summary>A line through the points.</summary>
    Lines,

    /// <summary>A line with a marker on each point.</summary>
    LinesAndMarkers,
}
