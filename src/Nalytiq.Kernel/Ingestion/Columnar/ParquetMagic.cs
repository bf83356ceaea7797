using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Columnar;

/// <summary>
/// The cheap check before DuckDB sees the file: a Parquet file starts and ends with <c>PAR1</c> (<c>PARE</c> when its
/// footer is encrypted), with at least a footer length between them.
/// </summary>
internal static class ParquetMagic
{
    private const int MinimumLength = 12;

    public static void Check(string path, long size)
    {
        if (size < MinimumLength)
        {
            throw new IngestException(new LocalizedText("Parquet_Corrupt", path), path);
        }

        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[4];
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1))
        {
            stream.ReadExactly(head);
            stream.Seek(-4, SeekOrigin.End);
            stream.ReadExactly(tail);
        }

        if (head.SequenceEqual("PARE"u8) || tail.SequenceEqual("PARE"u8))
        {
            throw new IngestException(new LocalizedText("Parquet_Encrypted", path), path);
        }

        if (!head.SequenceEqual("PAR1"u8) || !tail.SequenceEqual("PAR1"u8))
        {
            throw new IngestException(new LocalizedText("Parquet_Corrupt", path), path);
        }

    }
}
