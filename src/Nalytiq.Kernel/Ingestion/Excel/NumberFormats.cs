using System.Text;

namespace Nalytiq.Ingestion.Excel;

/// <summary>Classifies an Excel number format code by the date and time parts it shows.</summary>
internal static class NumberFormats
{
    public static NumberFormatKind Classify(string? format)
    {
        if (string.IsNullOrEmpty(format))
        {
            return NumberFormatKind.Number;
        }

        // Only the first section (positive numbers) decides; quoted text, escaped characters and [colour]/[$-409]
        // brackets are not date parts, but [h], [mm] and [ss] mean elapsed time.
        var tokens = new StringBuilder();
        var elapsed = false;
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c == ';')
            {
                break;
            }

            switch (c)
            {
                case '"':
                    i = format.IndexOf('"', i + 1) is var end and >= 0 ? end : format.Length;
                    break;
                case '\\' or '_' or '*':
                    i++;
                    break;
                case '[':
                    var close = format.IndexOf(']', i + 1);
                    var inside = close > i ? format[(i + 1)..close].ToUpperInvariant() : string.Empty;
                    elapsed |= inside.Length > 0 && inside.All(ch => ch is 'H' or 'M' or 'S');
                    tokens.Append(inside.All(ch => ch is 'H' or 'M' or 'S') ? inside.ToLowerInvariant() : string.Empty);
                    i = close > i ? close : format.Length;
                    break;
                default:
                    tokens.Append(char.ToLowerInvariant(c));
                    break;
            }
        }

        var text = tokens.ToString();
        var time = text.Contains('h', StringComparison.Ordinal) || text.Contains('s', StringComparison.Ordinal);
        var date = text.Contains('y', StringComparison.Ordinal) || text.Contains('d', StringComparison.Ordinal)
            || (!time && text.Contains('m', StringComparison.Ordinal)) || text.Contains("mmm", StringComparison.Ordinal);
        return (date, time, elapsed) switch
        {
            (_, _, true) when !date => NumberFormatKind.Duration,
            (true, _, _) => NumberFormatKind.Date,
            (false, true, _) => NumberFormatKind.TimeOfDay,
            _ => NumberFormatKind.Number,
        };
    }
}
