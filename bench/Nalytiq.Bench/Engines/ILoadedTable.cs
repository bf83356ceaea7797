namespace Nalytiq.Bench.Engines;

/// <summary>A fully loaded file, held in memory until disposed.</summary>
internal interface ILoadedTable : IDisposable
{
    /// <summary>Row count, column types, missing counts and the checksums used to compare engines.</summary>
    TableSummary Summarize();
}
