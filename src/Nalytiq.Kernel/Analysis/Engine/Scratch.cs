using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Nalytiq.Analysis.Engine;

/// <summary>
/// A large temporary buffer viewed as any unmanaged type. Sorted copies and row hashes are the profiler's only large
/// allocations; the largest buffer given back is kept for the next step of the same profile (a date column's sorted
/// copy becomes the duplicate pass's row hashes) and let go when the profile ends (<see cref="ReleaseCached"/>), so
/// nothing stays held between profiles.
/// </summary>
internal sealed class Scratch : IDisposable
{
    private static byte[]? _cached;
    private byte[]? _buffer;

    public Scratch(long bytes)
    {
        var size = (int)Math.Max(1, checked(bytes));
        var cached = Interlocked.Exchange(ref _cached, null);
        _buffer = cached is not null && cached.Length >= size ? cached : GC.AllocateUninitializedArray<byte>(size);
        if (!ReferenceEquals(_buffer, cached) && cached is not null)
        {
            Keep(cached);
        }
    }

    /// <summary>Drops the kept buffer; called when a profile ends.</summary>
    public static void ReleaseCached() => Interlocked.Exchange(ref _cached, null);

    /// <summary>The <paramref name="length"/> values of type <typeparamref name="T"/> starting <paramref name="byteOffset"/> bytes in.</summary>
    public Span<T> Span<T>(long byteOffset, int length)
        where T : unmanaged =>
        MemoryMarshal.Cast<byte, T>(
            (_buffer ?? throw new ObjectDisposedException(nameof(Scratch))).AsSpan(checked((int)byteOffset), checked(length * Unsafe.SizeOf<T>())));

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _buffer, null) is { } buffer)
        {
            Keep(buffer);
        }
    }

    /// <summary>Keeps the larger of the kept buffer and this one; racing callers only lose a chance to reuse.</summary>
    private static void Keep(byte[] buffer)
    {
        var kept = Volatile.Read(ref _cached);
        if (kept is null || kept.Length < buffer.Length)
        {
            Interlocked.CompareExchange(ref _cached, buffer, kept);
        }
    }
}
