using Microsoft.Data.Analysis;
using Nalytiq.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Assistant;

internal static partial class DataContextBuilder
{
    private const int SampleCount = 3;

    /// <summary>
    /// A few values spread over the whole frame (not its first rows) and, for text, the most frequent ones; masked when
    /// the column or the value looks like an e-mail address or a phone number.
    /// </summary>
    private static string? Samples(ProfiledFrame frame, ColumnProfile profile)
    {
        var column = frame.Source.Frame.Columns.IndexOf(profile.Name) is var index and >= 0 ? frame.Source.Frame.Columns[index] : null;
        if (column is null || column.Length == 0)
        {
            return null;
        }

        var values = SpreadValues(column).ToList();
        var text = profile.Kind == ColumnKind.String;
        var sensitive = ValueMasker.IsSensitiveColumn(profile.Name, text ? values : []);
        var samples = values.Select(v => text || sensitive ? ValueMasker.Mask(v, sensitive) : v).ToList();
        var line = samples.Count == 0 ? null : "samples " + string.Join(", ", samples.Select(Quote));
        // Frequent values say something only when values repeat; in identifier-like columns they are just more samples.
        if (profile.Text is { TopValues.Count: > 0 } summary && text && profile.DistinctShare <= 0.5)
        {
            var top = summary.TopValues.Take(5).Select(v => $"{Quote(ValueMasker.Mask(v.Value, sensitive))} {Pct(v.Share)}");
            line = (line is null ? string.Empty : line + "; ") + "frequent " + string.Join(", ", top);
        }

        return line;
    }

    private static IEnumerable<string> SpreadValues(DataFrameColumn column)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var step = Math.Max(1, column.Length / (SampleCount + 1));
        for (var row = step; row < column.Length && seen.Count < SampleCount; row += step)
        {
            if (column[row] is { } value && SampleText(value) is { Length: > 0 } text
                && seen.Add(text.Length > 40 ? text[..40] : text))
            {
                yield return text.Length > 40 ? text[..40] : text;
            }
        }
    }

    private static string SampleText(object value) => value switch
    {
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        TimeSpan time => Ingestion.Columns.TimeText.Format(time),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static string Quote(string value) => "\"" + value.Replace("\"", "'", StringComparison.Ordinal) + "\"";
}
