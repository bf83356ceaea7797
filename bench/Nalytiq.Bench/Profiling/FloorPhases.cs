using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Nalytiq.Bench.Engines;
using Sylvan.Data.Csv;

namespace Nalytiq.Bench.Profiling;

/// <summary>
/// The cost of each step any CSV-to-DataFrame reader must take on the benchmark file, measured alone: the floor under
/// our ingest and a way to see which step its time goes to. Single-threaded on purpose.
/// </summary>
internal static class FloorPhases
{
    private const int Chunk = 1 << 20;

    public static IEngine[] All() =>
    [
        new PhaseEngine("read", (path, _) => new NothingLoaded(Read(path, null))),
        new PhaseEngine("read+xxhash128", (path, _) => new NothingLoaded(Read(path, new XxHash128()))),
        new PhaseEngine("utf8-decode", (path, _) => new NothingLoaded(Decode(path))),
        new PhaseEngine("sylvan-fields", (path, _) => new NothingLoaded(Tokenize(path))),
        new PhaseEngine("sylvan-typed", (path, _) => new NothingLoaded(ParseTyped(path).Count)),
        new PhaseEngine("sylvan-frame", (path, _) => new FrameTable(ParseTyped(path).ToFrame())),
    ];

    private static long Read(string path, NonCryptographicHashAlgorithm? hash)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[Chunk];
        long total = 0;
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            hash?.Append(buffer.AsSpan(0, read));
            total += read;
        }

        return hash is null ? total : BitConverter.ToInt64(hash.GetCurrentHash());
    }

    private static long Decode(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, Chunk);
        var buffer = new char[Chunk];
        long total = 0;
        int read;
        while ((read = reader.ReadBlock(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }

    private static long Tokenize(string path)
    {
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetFieldSpan(i).Length;
            }
        }

        return total;
    }

    private static TypedColumns ParseTyped(string path)
    {
        var countries = new SpanStringPool();
        var channels = new SpanStringPool();
        var columns = new TypedColumns(1 << 16);
        using var reader = CsvDataReader.Create(path, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',' });
        while (reader.Read())
        {
            columns.Add(
                DateTime.ParseExact(reader.GetFieldSpan(0), "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                int.Parse(reader.GetFieldSpan(1), CultureInfo.InvariantCulture),
                int.Parse(reader.GetFieldSpan(2), CultureInfo.InvariantCulture),
                countries.Get(reader.GetFieldSpan(3)),
                channels.Get(reader.GetFieldSpan(4)));
        }

        return columns;
    }
}
