using Microsoft.DotNet.Interactive.Commands;

namespace Nalytiq.Extensions.Directives;

/// <summary>The parsed <c>#!train</c> magic.</summary>
public sealed class NalytiqTrainCommand : KernelDirectiveCommand
{
    /// <summary>The DataFrame variable to train on.</summary>
    public string? Variable { get; set; }

    /// <summary>The column to predict.</summary>
    public string? Label { get; set; }

    /// <summary><c>auto</c>, <c>binary</c>, <c>multiclass</c> or <c>regression</c>.</summary>
    public string? Task { get; set; }

    /// <summary><c>auto</c> or a comma-separated list of trainer families.</summary>
    public string? Trainers { get; set; }

    /// <summary>Comma-separated feature columns.</summary>
    public string? Features { get; set; }

    /// <summary>Comma-separated columns never used as features.</summary>
    public string? Exclude { get; set; }

    /// <summary>Share of rows held out for the final metrics.</summary>
    public string? TestFraction { get; set; }

    /// <summary>Cross-validation folds for the sweep.</summary>
    public string? Folds { get; set; }

    /// <summary>The sweep's budget in seconds.</summary>
    public string? TimeBudget { get; set; }

    /// <summary>The seed of splits, search and trainers.</summary>
    public string? Seed { get; set; }

    /// <summary>The experiment the run belongs to.</summary>
    public string? Experiment { get; set; }

    /// <summary>Run as a background job and return at once.</summary>
    public bool Background { get; set; }

    /// <summary>The variable to bind the training result to.</summary>
    public string? Name { get; set; }
}
