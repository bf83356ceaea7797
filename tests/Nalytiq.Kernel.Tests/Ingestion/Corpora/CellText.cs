using System.Globalization;

namespace Nalytiq.Tests.Ingestion.Corpora;

/// <summary>Values of either reader as comparable text: numbers in invariant form, dates ISO, missing as null.</summary>
internal static class CellText
{
    public static string? Of(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Length == 0 ? null : s,
        bool b => b ? "true" : "false",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => ((double)f).ToString("R", CultureInfo.InvariantCulture),
        decimal m => ((double)m).ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.TimeOfDay == TimeSpan.Zero ? t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        DateTimeOffset o => Of(o.UtcDateTime),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        TimeOnly t => t.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture).TrimEnd('.'),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Whether two texts are the same value: equal, or the same number written two ways (<c>1.0</c>, <c>1</c>).</summary>
    public static bool Same(string? ours, string? theirs)
    {
        if (ours == theirs || (IsBlank(ours) && IsBlank(theirs)))
        {
            return true;
        }

        return double.TryParse(ours, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(theirs, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && (a == b || Math.Abs(a - b) <= 1e-12 * Math.Max(Math.Abs(a), Math.Abs(b)));
    }

    private static bool IsBlank(string? text) => string.IsNullOrWhiteSpace(text);
}
