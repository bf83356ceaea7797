namespace Nalytiq.Bench.Profiling;

/// <summary>
/// Parses exactly <c>yyyy-MM-dd HH:mm:ss</c> with no validation beyond digits: not a reader, a lower bound for what a
/// timestamp column can cost once its layout is known.
/// </summary>
internal static class FixedLayoutDate
{
    public static DateTime Parse(ReadOnlySpan<char> s)
    {
        if (s.Length != 19)
        {
            throw new FormatException("Expected yyyy-MM-dd HH:mm:ss.");
        }

        return new DateTime(
            Number(s[..4]), Number(s.Slice(5, 2)), Number(s.Slice(8, 2)), Number(s.Slice(11, 2)), Number(s.Slice(14, 2)), Number(s.Slice(17, 2)),
            DateTimeKind.Unspecified);
    }

    private static int Number(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = c - '0';
            if ((uint)digit > 9)
            {
                throw new FormatException("Expected a digit.");
            }

            value = (value * 10) + digit;
        }

        return value;
    }
}
