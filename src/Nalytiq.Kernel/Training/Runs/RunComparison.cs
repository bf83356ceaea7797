namespace Nalytiq.Training;

/// <summary>Runs side by side: every parameter and metric any of them has, in a stable order.</summary>
/// <param name="Runs">The runs, in the order asked.</param>
/// <param name="ParamKeys">Parameter names: those that differ between runs first, then the rest, each group sorted.</param>
/// <param name="MetricKeys">Metric names: the headline metric first, then sorted.</param>
public sealed record RunComparison(IReadOnlyList<RunInfo> Runs, IReadOnlyList<string> ParamKeys, IReadOnlyList<string> MetricKeys)
{
    /// <summary>Whether the runs disagree on a parameter (or some lack it).</summary>
    public bool Differs(string paramKey)
    {
        var values = Runs.Select(r => r.Params.TryGetValue(paramKey, out var v) ? v : null).Distinct().Count();
        return values > 1;
    }
}
