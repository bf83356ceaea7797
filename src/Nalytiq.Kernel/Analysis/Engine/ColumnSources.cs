using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>Chooses the typed reader and the profiler of each column type.</summary>
internal static class ColumnSources
{
    /// <summary>A typed reader over the column; its kind is <see cref="ColumnKinds.Of"/>, text for anything else.</summary>
    public static ColumnSource Create(DataFrameColumn column) => (column, ColumnKinds.Of(column)) switch
    {
        (PrimitiveDataFrameColumn<TimeSpan> c, _) => new PrimitiveSource<double>(TimeColumns.Seconds(c), ColumnKind.Time),
        (PrimitiveDataFrameColumn<bool> c, { } kind) => new PrimitiveSource<bool>(c, kind),
        (PrimitiveDataFrameColumn<DateTime> c, { } kind) => new PrimitiveSource<DateTime>(c, kind),
        (PrimitiveDataFrameColumn<int> c, { } kind) => new PrimitiveSource<int>(c, kind),
        (PrimitiveDataFrameColumn<short> c, { } kind) => new PrimitiveSource<short>(c, kind),
        (PrimitiveDataFrameColumn<ushort> c, { } kind) => new PrimitiveSource<ushort>(c, kind),
        (PrimitiveDataFrameColumn<byte> c, { } kind) => new PrimitiveSource<byte>(c, kind),
        (PrimitiveDataFrameColumn<sbyte> c, { } kind) => new PrimitiveSource<sbyte>(c, kind),
        (PrimitiveDataFrameColumn<long> c, { } kind) => new PrimitiveSource<long>(c, kind),
        (PrimitiveDataFrameColumn<uint> c, { } kind) => new PrimitiveSource<uint>(c, kind),
        (PrimitiveDataFrameColumn<ulong> c, { } kind) => new PrimitiveSource<ulong>(c, kind),
        (PrimitiveDataFrameColumn<double> c, { } kind) => new PrimitiveSource<double>(c, kind),
        (PrimitiveDataFrameColumn<float> c, { } kind) => new PrimitiveSource<float>(c, kind),
        (PrimitiveDataFrameColumn<decimal> c, { } kind) => new PrimitiveSource<decimal>(c, kind),
        (StringDataFrameColumn c, _) => new StringSource(c),
        _ => new StringSource(column),
    };

    /// <summary>Profiles one column; ranks come back for a numeric column when asked and every row holds a finite value.</summary>
    public static (ColumnProfile Profile, ColumnRanks? Ranks) Profile(
        ColumnSource source, ProfileOptions options, bool wantRanks, CancellationToken cancellationToken) => source switch
        {
            PrimitiveSource<bool> s => (BooleanColumnProfiler.Profile(s), null),
            PrimitiveSource<DateTime> s => (DateColumnProfiler.Profile(s, cancellationToken), null),
            PrimitiveSource<int> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<short> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<ushort> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<byte> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<sbyte> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<long> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<uint> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<ulong> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<double> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<float> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            PrimitiveSource<decimal> s => NumericColumnProfiler.Profile(s, options, wantRanks, cancellationToken),
            StringSource s => (TextColumnProfiler.Profile(s, options, cancellationToken), null),
            _ => throw new InvalidOperationException($"No profiler for {source.GetType()}."),
        };
}
