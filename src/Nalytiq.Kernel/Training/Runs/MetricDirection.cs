namespace Nalytiq.Training;

/// <summary>Whether a smaller value of a metric is the better one, judged from its name.</summary>
public static class MetricDirection
{
    private static readonly string[] LowerParts = ["rmse", "mse", "mae", "mape", "loss", "error", "entropy", "perplexity", "deviance"];

    /// <summary>
    /// True for errors and losses (<c>rmse</c>, <c>mean_absolute_error</c>, <c>log-loss</c>, ...); false for scores
    /// such as <c>auc</c>, <c>accuracy</c>, <c>f1</c>, <c>r2</c>.
    /// </summary>
    public static bool LowerIsBetter(string metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var name = new string([.. metric.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return LowerParts.Any(name.Contains);
    }
}
