using System.Globalization;
using System.Text;
using Sylvan.Data.Csv;

namespace Nalytiq.Bench.Profiling;

/// <summary>
/// Tokenizing with Sylvan plus one kind of conversion at a time, so each column kind's cost is the difference from
/// <see cref="Tokenize"/> alone.
/// </summary>
internal static class ColumnPhases
{
    private static readonly CsvDataReaderOptions WithHeader = new() { HasHeaders = true, Delimiter = ',' };
    private static readonly CsvDataReaderOptions WithoutHeader = new() { HasHeaders = false, Delimiter = ',' };

    public static long Tokenize(string path)
    {
        using var reader = CsvDataReader.Create(path, WithHeader);
        long total = 0;
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++)
            {
                total += reader.GetFieldSpan(i).Length;
            }
        }

        return total;
    }

    public static long Dates(string path, bool fixedLayout)
    {
        using var reader = CsvDataReader.Create(path, WithHeader);
        long total = 0;
        while (reader.Read())
        {
            var text = reader.GetFieldSpan(0);
            total += (fixedLayout ? FixedLayoutDate.Parse(text) : DateTime.ParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Ticks;
        }

        return total;
    }

    public static long Integers(string path)
    {
        using var reader = CsvDataReader.Create(path, WithHeader);
        long total = 0;
        while (reader.Read())
        {
            total += int.Parse(reader.GetFieldSpan(1), CultureInfo.InvariantCulture) + int.Parse(reader.GetFieldSpan(2), CultureInfo.InvariantCulture);
        }

        return total;
    }

    public static long Strings(string path)
    {
        var countries = new SpanStringPool();
        var channels = new SpanStringPool();
        using var reader = CsvDataReader.Create(path, WithHeader);
        long total = 0;
        while (reader.Read())
        {
            total += countries.Get(reader.GetFieldSpan(3)).Length + channels.Get(reader.GetFieldSpan(4)).Length;
        }

        return total;
    }

    public static TypedColumns Typed(string path)
    {
        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, 1 << 16);
        return Typed(text, hasHeader: true, estimatedRows: 1 << 16);
    }

    /// <summary>Every column converted: fixed-layout dates, integers, pooled strings.</summary>
    public static TypedColumns Typed(TextReader text, bool hasHeader, int estimatedRows)
    {
        var countries = new SpanStringPool();
        var channels = new SpanStringPool();
        var columns = new TypedColumns(estimatedRows);
        using var reader = CsvDataReader.Create(text, hasHeader ? WithHeader : WithoutHeader);
        while (reader.Read())
        {
            columns.Add(
                FixedLayoutDate.Parse(reader.GetFieldSpan(0)),
                int.Parse(reader.GetFieldSpan(1), CultureInfo.InvariantCulture),
                int.Parse(reader.GetFieldSpan(2), CultureInfo.InvariantCulture),
                countries.Get(reader.GetFieldSpan(3)),
                channels.Get(reader.GetFieldSpan(4)));
        }

        return columns;
    }
}
