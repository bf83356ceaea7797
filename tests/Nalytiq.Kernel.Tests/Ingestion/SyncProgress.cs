using Nalytiq.Ingestion;

namespace Nalytiq.Tests.Ingestion;

/// <summary>Records progress reports on the reporting thread (Progress&lt;T&gt; would post them asynchronously).</summary>
internal sealed class SyncProgress(Action<IngestProgress>? onReport = null) : IProgress<IngestProgress>
{
    private readonly List<IngestProgress> _reports = [];

    public IReadOnlyList<IngestProgress> Reports
    {
        get
        {
            lock (_reports)
            {
                return [.. _reports];
            }
        }
    }

    public void Report(IngestProgress value)
    {
        lock (_reports)
        {
            _reports.Add(value);
        }

        onReport?.Invoke(value);
    }
}
