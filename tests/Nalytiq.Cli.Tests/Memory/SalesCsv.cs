using System.Globalization;
using System.Text;

namespace Nalytiq.Cli.Tests.Memory;

/// <summary>
/// A deterministic sales log shaped like the benchmark's (a timestamp, two integers, two short low-cardinality
/// strings, about 36 bytes a row): 3,000,000 rows make a file of about 100 MB and a frame of about 97 MB.
/// </summary>
internal static class SalesCsv
{
    public const int Rows = 3_000_000;

    private static readonly string[] Countries = ["RW", "KE", "UG", "TZ", "FR", "BE", "CA", "US", "CD", "BI"];
    private static readonly string[] Channels = ["web", "app", "shop", "phone"];

    public static string Write(string directory, string name = "sales-3m.csv", int rows = Rows)
    {
        var path = Path.Combine(directory, name);
        var start = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20);
        writer.Write("sold_at,store_id,quantity,country,channel\n");
        var line = new StringBuilder(64);
        for (var row = 0; row < rows; row++)
        {
            // Multiplicative hashes of the row number: varied, fixed values without a random generator.
            var hash = unchecked((uint)row * 2_654_435_761u);
            line.Clear()
                .Append(start.AddSeconds(row * 7L).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                .Append((1 + (hash % 9_999)).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(((int)(hash >> 7) % 1_000 - 20).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Countries[(hash >> 3) % Countries.Length]).Append(',')
                .Append(Channels[(hash >> 11) % Channels.Length]).Append('\n');
            writer.Write(line);
        }

        return path;
    }
}
