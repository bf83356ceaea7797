using System.Text;

namespace Nalytiq.Bench.Profiling;

/// <summary>
/// Splits the file at line ends into one byte range per thread and parses the ranges in parallel. Only valid when no
/// quoted field spans lines (true of the benchmark file; a real reader must check before splitting).
/// </summary>
internal static class ChunkedParse
{
    public static TypedColumns Parse(string path, int parts)
    {
        var starts = SplitPoints(path, parts);
        var results = new TypedColumns[parts];

        // Row count estimated from the range size, so the buffers rarely grow (growth leaves up to 2x slack).
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, k =>
        {
            var length = starts[k + 1] - starts[k];
            var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan) { Position = starts[k] };
            using var text = new StreamReader(new BoundedStream(file, length), Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16);
            results[k] = ColumnPhases.Typed(text, hasHeader: k == 0, estimatedRows: (int)(length / 30));
        });
        return TypedColumns.Concat(results);
    }

    private static long[] SplitPoints(string path, int parts)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 12);
        var starts = new long[parts + 1];
        starts[parts] = file.Length;
        for (var k = 1; k < parts; k++)
        {
            file.Position = file.Length * k / parts;
            int b;
            while ((b = file.ReadByte()) is not -1 and not '\n')
            {
            }

            starts[k] = file.Position;
        }

        return starts;
    }
}
