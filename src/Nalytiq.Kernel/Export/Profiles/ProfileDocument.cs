using Nalytiq.Analysis;

namespace Nalytiq.Export.Profiles;

/// <summary>A profile as exported to JSON: what it describes, who wrote it, the alerts in words, then the figures.</summary>
/// <param name="Name">What the profile describes (the frame's name).</param>
/// <param name="Generator">The engine and version that wrote the file.</param>
/// <param name="Language">The language of <paramref name="AlertMessages"/> (<c>en</c>, <c>fr</c>, <c>rw</c>).</param>
/// <param name="ExportedAt">When the file was written.</param>
/// <param name="AlertMessages">Each alert of <see cref="DataProfile.Alerts"/> as a sentence, in the same order.</param>
/// <param name="Profile">The profile itself, the same records as in memory and in the cache.</param>
internal sealed record ProfileDocument(
    string Name,
    string Generator,
    string Language,
    DateTimeOffset ExportedAt,
    IReadOnlyList<string> AlertMessages,
    DataProfile Profile);
