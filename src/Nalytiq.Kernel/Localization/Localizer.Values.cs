using System.Globalization;

namespace Nalytiq.Localization;

// Numbers, sizes, durations and dates written the way the session's culture writes them.
public sealed partial class Localizer
{
    /// <summary>Formats a number with this culture's group and decimal separators.</summary>
    public string Number(double value, int decimals = 0) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats a whole number with this culture's group separator.</summary>
    public string Number(long value) => value.ToString("N0", Culture);

    /// <summary>Formats a ratio (0.256 → 25.6 %) the way this culture writes percentages.</summary>
    public string Percent(double ratio, int decimals = 1) => ratio.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), Culture);

    /// <summary>Formats a byte count with binary units (KiB, MiB, GiB).</summary>
    public string Bytes(long bytes)
    {
        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1024 && unit < units.Length - 1)
        {
            value /= 1024;
            unit++;
        }

        return unit == 0 ? $"{Number(bytes)} {units[0]}" : $"{Number(value, 1)} {units[unit]}";
    }

    /// <summary>Formats a duration compactly: <c>850 ms</c>, <c>1,2 s</c>, <c>3 min 5 s</c>.</summary>
    public string Duration(TimeSpan duration)
    {
        if (duration.TotalSeconds < 1)
        {
            return $"{Number(duration.TotalMilliseconds)} ms";
        }

        if (duration.TotalMinutes < 1)
        {
            return $"{Number(duration.TotalSeconds, 2)} s";
        }

        return $"{Number((long)duration.TotalMinutes)} min {Number((long)duration.Seconds)} s";
    }

    /// <summary>
    /// How long ago something happened, in words: <c>3 minutes ago</c>, <c>il y a 3 minutes</c>,
    /// <c>hashize iminota 3</c>. No library covers Kinyarwanda, so the thresholds and phrases are ours.
    /// </summary>
    public string RelativeTime(TimeSpan elapsed)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        return seconds switch
        {
            < 45 => this["Relative_JustNow"],
            < 90 => this["Relative_OneMinute"],
            < 45 * 60 => Format("Relative_Minutes", (long)Math.Round(seconds / 60)),
            < 90 * 60 => this["Relative_OneHour"],
            < 22 * 3600 => Format("Relative_Hours", (long)Math.Round(seconds / 3600)),
            < 36 * 3600 => this["Relative_OneDay"],
            _ => Format("Relative_Days", (long)Math.Round(seconds / 86400)),
        };
    }

    /// <summary>Formats a date and time in this culture's general pattern.</summary>
    public string DateTime(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero ? value.ToString("d", Culture) : value.ToString("g", Culture);
}
