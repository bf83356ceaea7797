namespace Nalytiq.Training;

/// <summary>A file a run produced, kept under its artifact folder.</summary>
/// <param name="Path">The path relative to <see cref="RunStore.ArtifactDirectory"/>, with forward slashes.</param>
/// <param name="SizeBytes">Its size when it was registered.</param>
public sealed record RunArtifact(string Path, long SizeBytes);
