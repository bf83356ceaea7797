using System.IO.Hashing;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Analysis;

namespace Nalytiq.Analysis;

/// <summary>
/// A hash of a frame's content (names, types, values, missing values), for frames that did not come from an upload
/// or whose upload's file fingerprint no longer describes them.
/// </summary>
internal static class FrameFingerprint
{
    public static string Compute(DataFrame frame)
    {
        var hash = new XxHash128();
        Span<byte> length = stackalloc byte[8];
        foreach (var column in frame.Columns)
        {
            hash.Append(Encoding.UTF8.GetBytes(column.Name + "\u0001" + column.DataType.FullName + "\u0001"));
            BitConverter.TryWriteBytes(length, column.Length);
            hash.Append(length);
            switch (column)
            {
                case PrimitiveDataFrameColumn<double> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<float> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<int> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<long> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<bool> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<DateTime> c: AppendBuffers(hash, c); break;
                case PrimitiveDataFrameColumn<TimeSpan> c: AppendBuffers(hash, c); break;
                case StringDataFrameColumn c: AppendStrings(hash, c); break;
                default: AppendValues(hash, column); break;
            }
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    private static void AppendBuffers<T>(XxHash128 hash, PrimitiveDataFrameColumn<T> column)
        where T : unmanaged
    {
        foreach (var buffer in column.GetReadOnlyDataBuffers())
        {
            hash.Append(MemoryMarshal.AsBytes(buffer.Span));
        }

        // Missing values keep whatever bytes their slot holds: the null bitmaps tell them apart.
        foreach (var bitmap in column.GetReadOnlyNullBitMapBuffers())
        {
            hash.Append(bitmap.Span);
        }
    }

    private static void AppendStrings(XxHash128 hash, StringDataFrameColumn column)
    {
        Span<byte> marker = [0xFF, 0xFE];
        for (long i = 0; i < column.Length; i++)
        {
            if (column[i] is { } value)
            {
                hash.Append(MemoryMarshal.AsBytes(value.AsSpan()));
                hash.Append(marker[..1]);
            }
            else
            {
                hash.Append(marker);
            }
        }
    }

    private static void AppendValues(XxHash128 hash, DataFrameColumn column)
    {
        for (long i = 0; i < column.Length; i++)
        {
            hash.Append(Encoding.UTF8.GetBytes((column[i]?.ToString() ?? "\u0000") + "\u0001"));
        }
    }
}
