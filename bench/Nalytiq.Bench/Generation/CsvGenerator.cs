using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Nalytiq.Bench.Generation;

/// <summary>
/// Writes the benchmark CSV: a sales log with a timestamp, two integers and two short low-cardinality strings.
/// About 36 bytes a row, so the default 3,000,000 rows make a file of roughly 100 MB.
/// </summary>
internal static class CsvGenerator
{
    public const int DefaultRows = 3_000_000;
    public const ulong DefaultSeed = 20_261_125;

    public static readonly string Header = "sold_at,store_id,quantity,country,channel";

    // Repeated entries weight the draw, so the distributions are skewed like real traffic rather than uniform.
    private static readonly byte[][] Countries = Utf8("RW", "RW", "RW", "KE", "KE", "UG", "TZ", "FR", "BE", "CA", "US", "CD", "BI");
    private static readonly byte[][] Channels = Utf8("web", "web", "web", "app", "app", "shop", "phone");
    private static readonly DateTime Start = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Unspecified);

    public static GenerationResult Write(string path, int rows, ulong seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var stopwatch = Stopwatch.StartNew();
        var temporary = path + ".tmp";
        var random = new SplitMix64(seed);
        var buffer = new byte[1 << 20];
        var used = 0;
        var soldAt = Start;
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            used += Encoding.ASCII.GetBytes(Header + "\n", buffer);
            for (var row = 0; row < rows; row++)
            {
                if (buffer.Length - used < 128)
                {
                    stream.Write(buffer, 0, used);
                    used = 0;
                }

                soldAt = soldAt.AddSeconds(random.Next(21));
                used += WriteRow(buffer.AsSpan(used), soldAt, random);
            }

            stream.Write(buffer, 0, used);
        }

        File.Move(temporary, path, overwrite: true);
        return new GenerationResult(Path.GetFullPath(path), rows, seed, new FileInfo(path).Length, stopwatch.Elapsed.TotalSeconds);
    }

    private static int WriteRow(Span<byte> destination, DateTime soldAt, SplitMix64 random)
    {
        var at = 0;
        soldAt.TryFormat(destination, out var written, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        at += written;
        destination[at++] = (byte)',';
        (1 + random.Next(9_999)).TryFormat(destination[at..], out written, provider: CultureInfo.InvariantCulture);
        at += written;
        destination[at++] = (byte)',';

        // A few negative quantities (returns) keep the sign path of number parsing honest.
        (random.Next(1_000) - 20).TryFormat(destination[at..], out written, provider: CultureInfo.InvariantCulture);
        at += written;
        destination[at++] = (byte)',';
        at += Copy(Countries[random.Next(Countries.Length)], destination[at..]);
        destination[at++] = (byte)',';
        at += Copy(Channels[random.Next(Channels.Length)], destination[at..]);
        destination[at++] = (byte)'\n';
        return at;
    }

    private static int Copy(byte[] value, Span<byte> destination)
    {
        value.CopyTo(destination);
        return value.Length;
    }

    private static byte[][] Utf8(params string[] values) => [.. values.Select(Encoding.UTF8.GetBytes)];
}
