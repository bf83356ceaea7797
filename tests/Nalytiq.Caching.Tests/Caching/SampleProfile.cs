namespace Nalytiq.Tests.Caching;

/// <summary>A result shaped like the engine's: an immutable record with nested values.</summary>
public sealed record SampleProfile(string Dataset, double Mean, IReadOnlyList<int> Histogram, DateTimeOffset? FirstDate);
