using Microsoft.ML;
using Microsoft.ML.Data;

namespace Nalytiq.Training.Engine;

/// <summary>The ML.NET transforms that turn the prepared columns into one <c>Features</c> vector.</summary>
internal static class Featurizer
{
    public const string FeaturesName = "Features";

    /// <summary>Bits of the hashed encoding: 256 slots per column.</summary>
    private const int HashBits = 8;

    public static IEstimator<ITransformer> Build(MLContext ml, PreparedData data, IReadOnlyList<FeatureColumn> features)
    {
        var numeric = data.Columns.Where(c => c.Numbers is not null).ToList();
        var withMissing = numeric.Where(c => features[c.Feature].HasMissing).Select(c => c.Name).ToArray();
        var parts = new List<string>();
        var estimator = (IEstimator<ITransformer>)new EstimatorChain<ITransformer>();
        if (numeric.Count > 0)
        {
            estimator = estimator
                .Append(ml.Transforms.Concatenate("Num", [.. numeric.Select(c => c.Name)]))
                .Append(ml.Transforms.ReplaceMissingValues("Num"));
            parts.Add("Num");
        }

        if (withMissing.Length > 0)
        {
            estimator = estimator
                .Append(ml.Transforms.Concatenate("NumMissing", withMissing))
                .Append(ml.Transforms.IndicateMissingValues("NumMissing"))
                .Append(ml.Transforms.Conversion.ConvertType("NumMissing", outputKind: DataKind.Single));
            parts.Add("NumMissing");
        }

        foreach (var column in data.Columns.Where(c => c.Texts is not null))
        {
            var output = column.Name + "_x";
            estimator = features[column.Feature].Kind switch
            {
                FeatureKind.Categorical => estimator.Append(ml.Transforms.Categorical.OneHotEncoding(output, column.Name)),
                FeatureKind.HashedCategorical => estimator.Append(ml.Transforms.Categorical.OneHotHashEncoding(output, column.Name, numberOfBits: HashBits)),
                _ => estimator.Append(ml.Transforms.Text.FeaturizeText(output, column.Name)),
            };
            parts.Add(output);
        }

        return estimator.Append(ml.Transforms.Concatenate(FeaturesName, [.. parts]));
    }
}
