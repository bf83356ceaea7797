namespace Nalytiq.Export.Frames;

/// <summary>What a frame writer needs: the columns, the row count, the options and where to report progress.</summary>
internal sealed class FrameExport(ExportColumn[] columns, long rows, ExportOptions options, string sheet, IProgress<ExportProgress>? progress)
{
    public ExportColumn[] Columns { get; } = columns;

    public long Rows { get; } = rows;

    public ExportOptions Options { get; } = options;

    /// <summary>The worksheet name (xlsx only).</summary>
    public string Sheet { get; } = sheet;

    /// <summary>Reports progress and checks for cancellation every <see cref="ExportOptions.ProgressRows"/> rows.</summary>
    public void Checkpoint(long rowsWritten, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new ExportProgress(rowsWritten, Rows));
    }

    /// <summary>Rows between two checkpoints.</summary>
    public int CheckpointRows => Math.Max(1, Options.ProgressRows);
}
