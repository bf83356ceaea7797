using System.Buffers.Text;
using System.Globalization;

namespace Nalytiq.Ingestion.Json;

/// <summary>Whether a JSON number can be held without changing it: a 64-bit integer, or a finite, non-vanishing double.</summary>
internal static class JsonNumbers
{
    public static bool Fits(ReadOnlySpan<byte> number)
    {
        var exponent = number.IndexOfAny((byte)'e', (byte)'E') >= 0;
        var fraction = number.Contains((byte)'.');
        if (!exponent && !fraction)
        {
            // Up to 18 digits always fit a long; longer ones may (long.MaxValue has 19) or may not (a 30-digit id).
            return number.Length - (number[0] == (byte)'-' ? 1 : 0) <= 18 || Utf8Parser.TryParse(number, out long _, out var used) && used == number.Length;
        }

        // A decimal without an exponent cannot overflow or vanish unless it has hundreds of digits.
        if (!exponent && number.Length < 300)
        {
            return true;
        }

        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            return false;
        }

        // 1e-400 reads as 0: the number was not zero, so zero would change it.
        return value != 0 || !HasNonZeroDigit(number);
    }

    private static bool HasNonZeroDigit(ReadOnlySpan<byte> number)
    {
        foreach (var b in number)
        {
            if (b is (byte)'e' or (byte)'E')
            {
                return false;
            }

            if (b is >= (byte)'1' and <= (byte)'9')
            {
                return true;
            }
        }

        return false;
    }
}
