namespace Nalytiq.Bench.Reporting;

/// <summary>A few figures of the profile, so anyone can check them against another tool.</summary>
internal sealed record ProfileFigures(
    long Rows,
    double? QuantityMean,
    double? StoreIdP50,
    long CountryDistinct,
    bool CountryDistinctIsEstimate,
    long DuplicateRows);
