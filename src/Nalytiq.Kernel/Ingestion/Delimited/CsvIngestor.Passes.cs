using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;

namespace Nalytiq.Ingestion.Delimited;

internal static partial class CsvIngestor
{
    private const int ProgressEveryRows = 1 << 16;

    /// <summary>
    /// Parses on this thread while a second one converts cells into typed buffers, batch by batch: on two cores the
    /// parse and the conversion each take about half the time, so overlapping them nearly halves the load.
    /// </summary>
    private static async Task<long> ReadAllAsync(
        CsvRecordReader records, CsvLayout layout, ColumnBuilder[] builders, RaggedRows ragged, HashingReadStream hashing, long length,
        IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var full = new BlockingCollection<FieldBatch>(boundedCapacity: 3);
        var free = new ConcurrentQueue<FieldBatch>();
        var converter = Task.Run(() => Convert(full, free, builders, stop), CancellationToken.None);
        Exception? failure = null;
        long rows = 0;
        try
        {
            rows = Produce(records, layout.Names.Length, ragged, full, free, hashing, length, progress, stop.Token);
        }
        catch (Exception e)
        {
            failure = e;
            await stop.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            full.CompleteAdding();
        }

        try
        {
            await converter.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (failure is not null)
        {
            // The converter stopped because reading failed; the reading failure is the one to report.
        }

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        return rows;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long Produce(
        CsvRecordReader records, int columnCount, RaggedRows ragged, BlockingCollection<FieldBatch> full, ConcurrentQueue<FieldBatch> free,
        HashingReadStream hashing, long length, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        long rows = 0;
        long nextReport = ProgressEveryRows;
        var batch = new FieldBatch(columnCount);
        while (records.Read())
        {
            var fields = records.FieldCount;
            if (fields != columnCount)
            {
                if (fields < columnCount)
                {
                    ragged.AddShort(records.Line, fields);
                }
                else
                {
                    ragged.AddLong(records.Line, rows + batch.RowCount, records);
                }
            }

            var present = Math.Min(fields, columnCount);
            var cell = batch.RowCount * columnCount;
            for (var c = 0; c < present; c++)
            {
                batch.AddCell(records.Field(c), cell + c);
            }

            for (var c = present; c < columnCount; c++)
            {
                batch.AddCell([], cell + c);
            }

            batch.EndRow();
            if (batch.IsFull)
            {
                cancellationToken.ThrowIfCancellationRequested();
                full.Add(batch, cancellationToken);
                batch = free.TryDequeue(out var recycled) ? recycled : new FieldBatch(columnCount);
                batch.Clear();
                rows += batch.Capacity;
                if (rows >= nextReport)
                {
                    progress?.Report(new IngestProgress(IngestStage.Reading, hashing.BytesRead, length, rows));
                    nextReport = rows + ProgressEveryRows;
                }
            }
        }

        if (batch.RowCount > 0)
        {
            rows += batch.RowCount;
            full.Add(batch, cancellationToken);
        }

        return rows;
    }

    private static void Convert(BlockingCollection<FieldBatch> full, ConcurrentQueue<FieldBatch> free, ColumnBuilder[] builders, CancellationTokenSource stop)
    {
        try
        {
            foreach (var batch in full.GetConsumingEnumerable(stop.Token))
            {
                for (var c = 0; c < builders.Length; c++)
                {
                    ConvertColumn(batch, c, ref builders[c]);
                }

                free.Enqueue(batch);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            stop.Cancel();
            throw;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ConvertColumn(FieldBatch batch, int column, ref ColumnBuilder builder)
    {
        var columns = batch.Columns;
        var ends = batch.Ends;
        var chars = batch.Chars;
        for (var r = 0; r < batch.RowCount; r++)
        {
            var index = (r * columns) + column;
            var start = index == 0 ? 0 : ends[index - 1];
            ColumnBuilder.Append(ref builder, chars.AsSpan(start, ends[index] - start));
        }
    }
}
