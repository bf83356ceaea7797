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

    public static HeatmapChart Correlations { get; } = new(
        "Corrélations (Pearson)",
        ["prix", "kg", "humidité"],
        ["prix", "kg", "humidité"],
        [[1.0, -0.42, 0.875], [-0.42, 1.0, null], [0.875, null, 1.0]]);

    public static HistogramChart Prices { get; } = new("Distribution des prix", "Prix (RWF)", "Lignes", [100, 200, 400, 800], [12, 40, 3]);

    public static LineChart WeeklyHarvests { get; } = new(
        "Récoltes par semaine",
        "Semaine",
        "Prix moyen (RWF)",
        [new DateTime(2025, 6, 2), new DateTime(2025, 6, 9), new DateTime(2025, 6, 16), new DateTime(2025, 6, 23, 12, 30, 0)],
        [
            new LineSeries("Lignes", [120, 0, 98, 130]) { OnSecondaryAxis = true },
            new LineSeries("Prix moyen", [412.5, null, 398.25, 405]),
            new LineSeries("Tendance", [410, 407, 404, 401]) { Dashed = true },
        ])
    {
        SecondaryYTitle = "Nombre de lignes",
    };

    public static GroupedBarChart HarvestsByDistrict { get; } = new(
        "Par district",
        "District",
        "Valeur",
        ["Huye", "Rusizi", "2024"],
        [new BarSeries("Manquantes", [1, 0, 3]), new BarSeries("Moyenne", [4.5, null, 7])]);
}
