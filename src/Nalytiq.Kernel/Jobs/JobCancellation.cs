namespace Nalytiq.Jobs;

/// <summary>What cancelling a job did.</summary>
/// <param name="Id">The job.</param>
/// <param name="Requested">True when the job was asked to stop; false when it had already finished.</param>
public sealed record JobCancellation(string Id, bool Requested);
