namespace Nalytiq.Training;

/// <summary>What a new run records up front.</summary>
public sealed record RunStart
{
    /// <summary>The experiment (created on first use); <c>Default</c> when blank.</summary>
    public string Experiment { get; init; } = RunStore.DefaultExperiment;

    /// <summary>A human name for the run; null lets the views show its id.</summary>
    public string? Name { get; init; }

    /// <summary>The data it trains on.</summary>
    public RunDataset? Dataset { get; init; }

    /// <summary>Tags to set at once (see <see cref="RunTags"/>).</summary>
    public IReadOnlyDictionary<string, string>? Tags { get; init; }

    /// <summary>The ML.NET version; null detects it from the loaded <c>Microsoft.ML.Core</c> assembly.</summary>
    public string? MlNetVersion { get; init; }
}
