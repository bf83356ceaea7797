using Nalytiq.Localization;

namespace Nalytiq.Charts;

/// <summary>The messages a caller of the isolated components reports when they are missing or fail to load.</summary>
/// <param name="FolderMissingKey">Resource key taking the folders looked in.</param>
/// <param name="LoadFailedKey">Resource key taking the folder and the loader's message.</param>
internal sealed record ComponentErrors(string FolderMissingKey, string LoadFailedKey)
{
    public static ComponentErrors Charts { get; } = new("Chart_FolderMissing", "Chart_LoadFailed");

    public static ComponentErrors TimeSeries { get; } = new("TimeSeries_FolderMissing", "TimeSeries_LoadFailed");

    public NalytiqException FolderMissing(IEnumerable<string> candidates) =>
        new(new LocalizedText(FolderMissingKey, string.Join(", ", candidates)));

    public NalytiqException LoadFailed(string directory, Exception e) =>
        new(new LocalizedText(LoadFailedKey, directory, e.GetBaseException().Message), e);
}
