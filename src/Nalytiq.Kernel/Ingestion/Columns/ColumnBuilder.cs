using System.Runtime.CompilerServices;
using Microsoft.Data.Analysis;

namespace Nalytiq.Ingestion.Columns;

/// <summary>
/// Accumulates one column's cells into a typed buffer. A cell that does not fit the current kind makes the column
/// widen (int32 → int64 → double; anything else → text) instead of failing.
/// </summary>
internal abstract class ColumnBuilder
{
    /// <summary>Rows appended so far, missing ones included.</summary>
    public int Count { get; protected set; }

    /// <summary>Missing cells appended so far.</summary>
    public long MissingCount { get; protected set; }

    public abstract ColumnKind Kind { get; }

    /// <summary>Whether the cells must be read again as text because the column widened past what it can convert.</summary>
    public virtual bool NeedsTextPass => false;

    /// <summary>
    /// Appends a cell; false (and nothing appended) when the text does not fit this kind. Typed builders reject missing
    /// tokens (empty, <c>NA</c>, <c>NaN</c>…) so the caller records them as missing; text builders handle them.
    /// </summary>
    public abstract bool TryAppend(ReadOnlySpan<char> text);

    public abstract void AppendMissing();

    /// <summary>The next wider builder holding the same values, or null when only text can hold them.</summary>
    public abstract ColumnBuilder? Widen();

    public abstract DataFrameColumn Build(string name);

    public static ColumnBuilder Create(ColumnKind kind, DateStyle dateStyle, int capacity, bool decimalComma = false) => kind switch
    {
        ColumnKind.Boolean => new BooleanColumnBuilder(capacity),
        ColumnKind.Int32 => new Int32ColumnBuilder(capacity),
        ColumnKind.Int64 => new Int64ColumnBuilder(capacity),
        ColumnKind.Double => new DoubleColumnBuilder(capacity, decimalComma),
        ColumnKind.DateTime => new DateTimeColumnBuilder(capacity, dateStyle),
        ColumnKind.Time => new TimeColumnBuilder(capacity),
        _ => new StringColumnBuilder(capacity),
    };

    /// <summary>Appends one cell to <paramref name="builder"/>, replacing it by a wider one when the cell needs it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Append(ref ColumnBuilder builder, ReadOnlySpan<char> text)
    {
        // Typed parsers reject every missing token, so most cells cost one parse and no token check.
        if (builder.TryAppend(text))
        {
            return;
        }

        if (MissingValues.IsMissing(text))
        {
            builder.AppendMissing();
            return;
        }

        AppendWidening(ref builder, text);
    }

    private static void AppendWidening(ref ColumnBuilder builder, ReadOnlySpan<char> text)
    {
        do
        {
            builder = builder.Widen() ?? new DeferredTextBuilder(builder.Count);
        }
        while (!builder.TryAppend(text));
    }
}
