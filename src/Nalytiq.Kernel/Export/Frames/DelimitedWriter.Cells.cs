using System.Buffers;
using System.Globalization;

namespace Nalytiq.Export.Frames;

internal sealed partial class DelimitedWriter
{
    /// <summary>Writes one column's cell of a row; missing values write nothing.</summary>
    private abstract class Cell
    {
        public abstract void Write(long row, Utf8Sink sink);
    }

    private sealed class NumberCell<T>(ValueColumn<T> column, NumberFormatInfo format) : Cell
        where T : unmanaged, IUtf8SpanFormattable
    {
        public override void Write(long row, Utf8Sink sink)
        {
            if (column.TryGet(row, out var value))
            {
                sink.Write(value, default, format);
            }
        }
    }

    private sealed class DoubleCell(ValueColumn<double> column, NumberFormatInfo format) : Cell
    {
        private readonly byte _separator = (byte)format.NumberDecimalSeparator[0];

        public override void Write(long row, Utf8Sink sink)
        {
            if (column.TryGet(row, out var value) && !double.IsNaN(value))
            {
                CellText.WriteDouble(sink, value, format, _separator);
            }
        }
    }

    private sealed class BooleanCell(ValueColumn<bool> column) : Cell
    {
        public override void Write(long row, Utf8Sink sink)
        {
            if (column.TryGet(row, out var value))
            {
                sink.Write(value ? "true"u8 : "false"u8);
            }
        }
    }

    // hh:mm:ss[.fffffff] in every culture: the form #!upload reads back as a time, to the tick.
    private sealed class TimeCell(ValueColumn<TimeSpan> column) : Cell
    {
        public override void Write(long row, Utf8Sink sink)
        {
            if (column.TryGet(row, out var value))
            {
                sink.Write(Ingestion.Columns.TimeText.Format(value));
            }
        }
    }

    private sealed class IsoDateCell(ValueColumn<DateTime> column, DatePrecision precision) : Cell
    {
        public override void Write(long row, Utf8Sink sink)
        {
            if (column.TryGet(row, out var value))
            {
                CellText.WriteIsoDate(sink, value, precision, (byte)' ');
            }
        }
    }

    /// <summary>The culture's short date (day order and separator), a 24-hour time when any value has one.</summary>
    private sealed class CultureDateCell : Cell
    {
        private readonly ValueColumn<DateTime> _column;
        private readonly CultureInfo _culture;
        private readonly string _format;

        public CultureDateCell(ValueColumn<DateTime> column, CultureInfo culture, string decimalSeparator)
        {
            _column = column;
            _culture = culture;
            var precision = CellText.PrecisionOf(column);
            var fraction = precision switch
            {
                DatePrecision.Milliseconds => "fff",
                DatePrecision.Microseconds => "ffffff",
                DatePrecision.Ticks => "fffffff",
                _ => string.Empty,
            };
            _format = culture.DateTimeFormat.ShortDatePattern
                + (precision == DatePrecision.Date ? string.Empty : " HH:mm:ss")
                + (fraction.Length == 0 ? string.Empty : "'" + decimalSeparator + "'" + fraction);
        }

        public override void Write(long row, Utf8Sink sink)
        {
            if (_column.TryGet(row, out var value))
            {
                sink.Write(value, _format, _culture);
            }
        }
    }

    private sealed class TextCell(TextColumn column, SearchValues<char> special) : Cell
    {
        public override void Write(long row, Utf8Sink sink)
        {
            if (column[row] is { } value)
            {
                // An empty string is a value, not a missing one: quoted, it stays distinct for readers that keep it.
                if (value.Length == 0)
                {
                    sink.Write("\"\""u8);
                }
                else
                {
                    WriteText(sink, value, special);
                }
            }
        }
    }
}
