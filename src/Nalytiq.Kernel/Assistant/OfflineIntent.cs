namespace Nalytiq.Assistant;

/// <summary>The questions offline mode recognises.</summary>
internal enum OfflineIntent
{
    Unknown,
    Missing,
    Correlations,
    Rows,
    TopValues,
    Alerts,
    DescribeColumn,
}
