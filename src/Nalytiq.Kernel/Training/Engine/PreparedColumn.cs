namespace Nalytiq.Training.Engine;

/// <summary>One column of the prepared table: the internal name, the plan's feature it comes from, and its values.</summary>
/// <param name="Name">Internal column name (<c>f3</c>, <c>f3_month</c>): safe for ML.NET, unique.</param>
/// <param name="Feature">Index of the feature in the plan.</param>
/// <param name="Numbers">Numeric values (NaN where missing), or null for a text column.</param>
/// <param name="Texts">Text values (empty where missing), or null for a numeric column.</param>
internal sealed record PreparedColumn(string Name, int Feature, float[]? Numbers, string[]? Texts)
{
    public PreparedColumn Permuted(int[] order)
    {
        return Numbers is not null
            ? this with { Numbers = [.. order.Select(i => Numbers[i])] }
            : this with { Texts = [.. order.Select(i => Texts![i])] };
    }
}
