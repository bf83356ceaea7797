using System.IO.Hashing;
using System.Text;
using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Profiling;

/// <summary>
/// The cost of each step any CSV-to-DataFrame reader must take on the benchmark file, measured alone: the floor under
/// our ingest and a way to see which step its time goes to.
/// </summary>
internal static class FloorPhases
{
    private const int Chunk = 1 << 20;

    public static IEngine[] All() =>
    [
        new PhaseEngine("read", (path, _) => new NothingLoaded(Read(path, null))),
        new PhaseEngine("read+xxhash128", (path, _) => new NothingLoaded(Read(path, new XxHash128()))),
        new PhaseEngine("utf8-decode", (path, _) => new NothingLoaded(Decode(path))),
        new PhaseEngine("sylvan-fields", (path, _) => new NothingLoaded(ColumnPhases.Tokenize(path))),
        new PhaseEngine("+dates-bcl", (path, _) => new NothingLoaded(ColumnPhases.Dates(path, fixedLayout: false))),
        new PhaseEngine("+dates-fixed", (path, _) => new NothingLoaded(ColumnPhases.Dates(path, fixedLayout: true))),
        new PhaseEngine("+int32x2", (path, _) => new NothingLoaded(ColumnPhases.Integers(path))),
        new PhaseEngine("+strings-pooled", (path, _) => new NothingLoaded(ColumnPhases.Strings(path))),
        new PhaseEngine("frame-1-thread", (path, _) => new FrameTable(ColumnPhases.Typed(path).ToFrame())),
        new PhaseEngine("frame-2-threads", (path, _) => new FrameTable(ChunkedParse.Parse(path, 2).ToFrame())),
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
}
