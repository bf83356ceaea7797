using Nalytiq.Export;

namespace Nalytiq.Export.Tests;

/// <summary>Progress that cancels the export once enough rows are written: a failure injected mid-write.</summary>
internal sealed class CancelAfterRows(long rows) : IProgress<ExportProgress>, IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public CancellationToken Token => _source.Token;

    public List<ExportProgress> Reports { get; } = [];

    public void Report(ExportProgress value)
    {
        lock (Reports)
        {
            Reports.Add(value);
        }

        if (value.RowsWritten >= rows)
        {
            _source.Cancel();
        }
    }

    public void Dispose() => _source.Dispose();
}
