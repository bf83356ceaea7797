namespace Nalytiq.Jobs;

/// <summary>How a <see cref="JobProcessor"/> runs its jobs.</summary>
public sealed record JobProcessorOptions
{
    /// <summary>How many jobs run at once; the default of one suits CPU-heavy work such as training.</summary>
    public int MaxConcurrency { get; init; } = 1;

    /// <summary>How long disposal waits for cancelled jobs to wind down (and record their runs) before returning.</summary>
    public TimeSpan ShutdownGrace { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The clock for timestamps.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
