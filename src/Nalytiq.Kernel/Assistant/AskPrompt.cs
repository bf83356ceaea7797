namespace Nalytiq.Assistant;

/// <summary>The prebuilt questions of <c>#!ask --prompt</c>.</summary>
public enum AskPrompt
{
    /// <summary>What the data holds, in a few lines.</summary>
    Summary,

    /// <summary>Data quality problems and how to fix them.</summary>
    Quality,

    /// <summary>Which columns move together, and what may drive what.</summary>
    Drivers,

    /// <summary>What to analyse next.</summary>
    NextSteps,
}
