using System.Runtime.InteropServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Training.Engine;

/// <summary>Builds frame columns from arrays, gathering the selected rows.</summary>
internal static class FrameColumns
{
    public static DataFrameColumn Floats(string name, float[] values, int[]? rows)
    {
        var gathered = Gather(values, rows);
        var bytes = MemoryMarshal.AsBytes(gathered.AsSpan()).ToArray();
        var validity = new byte[(gathered.Length + 7) / 8];
        Array.Fill(validity, (byte)0xFF);
        return new PrimitiveDataFrameColumn<float>(name, bytes, validity, gathered.Length, 0);
    }

    public static DataFrameColumn Booleans(string name, float[] values, int[]? rows) =>
        new BooleanDataFrameColumn(name, Gather(values, rows).Select(v => v > 0.5f));

    public static DataFrameColumn Strings(string name, string[] values, int[]? rows) =>
        new StringDataFrameColumn(name, Gather(values, rows));

    private static T[] Gather<T>(T[] values, int[]? rows)
    {
        if (rows is null)
        {
            return values;
        }

        var result = new T[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            result[i] = values[rows[i]];
        }

        return result;
    }
}
