using Microsoft.Data.Analysis;

namespace Nalytiq.Export.Tests;

/// <summary>Frames that exercise what breaks exports: text that needs quoting or escaping, extreme numbers, dates, gaps.</summary>
internal static class SampleFrames
{
    public static readonly string[] Texts =
    [
        "plain",
        "comma, inside",
        "semi;colon and\ttab",
        "she said \"hello\"",
        "two\nlines",
        "windows\r\nline",
        "Murakoze cyane — Kigali, Rwanda",
        "Éléphant déjà-vu ÇÀ",
        "日本語のテキスト",
        "emoji 📊🇷🇼",
        "<tag> & ampersand",
        "back\\slash",
    ];

    /// <summary>One row per text, with every kind of column and a missing value in each.</summary>
    public static DataFrame Tricky()
    {
        var rows = Texts.Length;
        var text = new StringDataFrameColumn("label, \"quoted\" name", rows);
        var int32 = new PrimitiveDataFrameColumn<int>("count", rows);
        var int64 = new PrimitiveDataFrameColumn<long>("big", rows);
        var real = new PrimitiveDataFrameColumn<double>("amount", rows);
        var flag = new PrimitiveDataFrameColumn<bool>("ok", rows);
        var date = new PrimitiveDataFrameColumn<DateTime>("when", rows);
        var day = new PrimitiveDataFrameColumn<DateTime>("day", rows);
        double[] doubles = [1.5, double.MaxValue, double.Epsilon, -0.0, -1e-300, 2.0, 0.1, -double.MaxValue, 123456789.123, 1e21, 3.0, 1e-7];
        long[] longs = [long.MinValue, long.MaxValue, 0, -1, 9_007_199_254_740_993, 42, 1L << 40, -(1L << 53), 7, 8, 9, 10];
        int[] ints = [int.MinValue, int.MaxValue, 0, -1, 1, 2, 3, 4, 5, 6, 7, 8];
        var start = new DateTime(2024, 2, 29, 23, 59, 58, 123);
        for (var i = 0; i < rows; i++)
        {
            text[i] = Texts[i];
            int32[i] = ints[i];
            int64[i] = longs[i];
            real[i] = doubles[i];
            flag[i] = i % 2 == 0;
            date[i] = start.AddDays(i * 37).AddHours(i);
            day[i] = new DateTime(1999, 12, 31).AddDays(i * 400);
        }

        // A gap in every column, on different rows.
        text[3] = null;
        int32[4] = null;
        int64[5] = null;
        real[6] = null;
        flag[7] = null;
        date[8] = null;
        day[9] = null;
        return new DataFrame(text, int32, int64, real, flag, date, day);
    }

    /// <summary>A frame of the given size, for progress, cancellation and speed.</summary>
    public static DataFrame Large(int rows)
    {
        var id = new PrimitiveDataFrameColumn<long>("id", rows);
        var value = new PrimitiveDataFrameColumn<double>("value", rows);
        var name = new StringDataFrameColumn("name", rows);
        var when = new PrimitiveDataFrameColumn<DateTime>("when", rows);
        for (var i = 0; i < rows; i++)
        {
            id[i] = i * 3_000_000_000L;
            value[i] = i * 0.25;
            name[i] = "row " + i;
            when[i] = new DateTime(2020, 1, 1).AddMinutes(i);
        }

        return new DataFrame(id, value, name, when);
    }
}
