namespace Nalytiq.TimeSeries;

/// <summary>
/// The least-squares line through a column's period means, with the period's position (0 for the first period of
/// the result, empty periods included) as x: <c>mean ≈ Intercept + Slope × position</c>.
/// </summary>
/// <param name="Slope">The change of the mean per period.</param>
/// <param name="Intercept">The line's value at the first period.</param>
public sealed record TimeSeriesTrend(double Slope, double Intercept)
{
    /// <summary>The line's value at the period at <paramref name="position"/>.</summary>
    public double At(int position) => Intercept + (Slope * position);
}
