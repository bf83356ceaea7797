using Nalytiq.Jobs;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Background jobs that ended since the last Nalytiq command, shown before the next one.</summary>
/// <param name="Jobs">The finished jobs.</param>
internal sealed record JobNotificationsView(IReadOnlyList<JobSnapshot> Jobs);
