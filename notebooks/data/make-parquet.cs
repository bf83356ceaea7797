#:package Parquet.Net
// Writes notebooks/data/sales.parquet (synthetic, deterministic): run `dotnet run notebooks/data/make-parquet.cs`.
using Parquet.Serialization;

var random = new Random(20261125);
string[] cooperatives = ["Abakundakawa", "Twongere Umusaruro", "Dukunde Kawa", "Kopakama", "Maraba"];
string[] buyers = ["Kigali Roasters", "Lake Kivu Trading", "Akagera Imports"];
var start = new DateTime(2025, 1, 6, 0, 0, 0, DateTimeKind.Utc);
var sales = Enumerable.Range(1, 300).Select(i => new Sale
{
    SaleId = i,
    SoldOn = start.AddDays(random.Next(0, 300)),
    Cooperative = cooperatives[random.Next(cooperatives.Length)],
    Buyer = random.NextDouble() < 0.04 ? null : buyers[random.Next(buyers.Length)],
    Tonnes = random.NextDouble() < 0.05 ? null : Math.Round((random.NextDouble() * 18) + 1, 2),
    AmountRwf = random.Next(2_000_000, 90_000_000),
    Export = random.NextDouble() < 0.7,
}).ToList();
var path = Path.Combine(AppContext.GetData("EntryPointFileDirectoryPath") as string ?? "notebooks/data", "sales.parquet");
await using var file = File.Create(path);
await ParquetSerializer.SerializeAsync(sales, file);
Console.WriteLine($"wrote {path}");

internal sealed class Sale
{
    [System.Text.Json.Serialization.JsonPropertyName("sale_id")]
    public int SaleId { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("sold_on")]
    public DateTime SoldOn { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("cooperative")]
    public string Cooperative { get; set; } = "";

    [System.Text.Json.Serialization.JsonPropertyName("buyer")]
    public string? Buyer { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("tonnes")]
    public double? Tonnes { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("amount_rwf")]
    public long AmountRwf { get; set; }

    [System.Text.Json.Serialization.JsonPropertyName("export")]
    public bool Export { get; set; }
}
