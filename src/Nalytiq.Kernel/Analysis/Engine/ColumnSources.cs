using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;

namespace Nalytiq.Analysis.Engine;

/// <summary>Chooses the typed reader and the profiler of each column type.</summary>
internal static class ColumnSources
{
    public static ColumnSource Create(DataFrameColumn column) => column switch
    {
        PrimitiveDataFrameColumn<bool> c => new PrimitiveSource<bool>(c, ColumnKind.Boolean),
        PrimitiveDataFrameColumn<DateTime> c => new PrimitiveSource<DateTime>(c, ColumnKind.DateTime),
        PrimitiveDataFrameColumn<TimeSpan> c => new PrimitiveSource<double>(TimeColumns.Seconds(c), ColumnKind.Time),
        PrimitiveDataFrameColumn<int> c => new PrimitiveSource<int>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<short> c => new PrimitiveSource<short>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<ushort> c => new PrimitiveSource<ushort>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<byte> c => new PrimitiveSource<byte>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<sbyte> c => new PrimitiveSource<sbyte>(c, ColumnKind.Int32),
        PrimitiveDataFrameColumn<long> c => new PrimitiveSource<long>(c, ColumnKind.Int64),
        PrimitiveDataFrameColumn<uint> c => new PrimitiveSource<uint>(c, ColumnKind.Int64),
        PrimitiveDataFrameColumn<ulong> c => new PrimitiveSource<ulong>(c, ColumnKind.Int64),
        PrimitiveDataFrameColumn<double> c => new PrimitiveSource<double>(c, ColumnKind.Double),
        PrimitiveDataFrameColumn<float> c => new PrimitiveSource<float>(c, ColumnKind.Double),
        PrimitiveDataFrameColumn<decimal> c => new PrimitiveSource<decimal>(c, ColumnKind.Double),
        StringDataFrameColumn c => new StringSource(c),
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
