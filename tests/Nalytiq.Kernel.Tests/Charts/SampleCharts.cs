using Nalytiq.Charts;

namespace Nalytiq.Tests.Charts;

internal static class SampleCharts
{
    public static BarChart Regions { get; } = new(
        "Ventes par région",
        "Région",
        "Montant (RWF)",
        ["Kigali", "Musanze", "Huye"],
        [1234567.5, 250000, 98765.25]);
}
