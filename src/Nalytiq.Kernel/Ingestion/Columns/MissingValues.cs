using System.Runtime.CompilerServices;

namespace Nalytiq.Ingestion.Columns;

/// <summary>The tokens read as a missing value: empty (or blank), <c>NA</c>, <c>N/A</c>, <c>null</c>, <c>NaN</c>.</summary>
internal static class MissingValues
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool IsMissing(ReadOnlySpan<char> text)
    {
        if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
        {
            text = text.Trim();
        }

        return text.Length switch
        {
            0 => true,
            2 => text.Equals("NA", StringComparison.OrdinalIgnoreCase),
            3 => text.Equals("N/A", StringComparison.OrdinalIgnoreCase) || text.Equals("NaN", StringComparison.OrdinalIgnoreCase),
            4 => text.Equals("null", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
