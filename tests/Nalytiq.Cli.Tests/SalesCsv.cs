using System.Globalization;
using System.Text;

namespace Nalytiq.Cli.Tests;

/// <summary>
/// A deterministic sales log shaped like the benchmark's (a timestamp, two integers, two short low-cardinality
/// strings, about 36 bytes a row): 3,000,000 rows make a file of about 100 MB and a frame of about 97 MB, written in
/// well under a second. The quantity depends a little on the channel, so a model has something to learn.
/// </summary>
internal static class SalesCsv
{
    public const int Rows = 3_000_000;

    private static readonly string[] Countries = ["RW", "RW", "RW", "KE", "KE", "UG", "TZ", "FR", "BE", "CD", "BI"];
    private static readonly string[] Channels = ["web", "web", "web", "app", "app", "shop", "phone"];

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="name"/> in <paramref name="directory"/>; the same rows for the same count.</summary>
    public static string Write(string directory, string name = "sales-3m.csv", int rows = Rows)
    {
        var path = Path.Combine(directory, name);
        var state = 20_261_208UL;
        var soldAt = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);
        var line = new StringBuilder(64);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20);
        writer.Write("sold_at,store_id,quantity,country,channel\n");
        for (var row = 0; row < rows; row++)
        {
            soldAt = soldAt.AddSeconds(Next(ref state, 21));
            var channel = Channels[Next(ref state, Channels.Length)];
            var quantity = Next(ref state, 1_000) - 20 + (channel == "shop" ? 300 : 0);
            line.Clear()
                .Append(soldAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(',')
                .Append((1 + Next(ref state, 9_999)).ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(quantity.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(Countries[Next(ref state, Countries.Length)]).Append(',')
                .Append(channel).Append('\n');
            writer.Write(line);
        }

        return path;
    }

    /// <summary>SplitMix64: a fixed sequence on every runtime, unlike <see cref="Random"/> across versions.</summary>
    private static int Next(ref ulong state, int bound)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) % (ulong)bound);
    }
}
