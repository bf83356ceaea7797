using System.Globalization;
using Nalytiq.Localization;

namespace Nalytiq.Training;

/// <summary>Run ids: 32 lowercase hex digits, like MLflow's; people may type any unique prefix of 4 or more.</summary>
internal static class RunIds
{
    public const int MinimumPrefix = 4;

    public static string New() => Guid.NewGuid().ToString("N");

    /// <summary>The id in canonical form; rejects anything that could escape the artifact folder.</summary>
    public static string Normalize(string runId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(runId);
        var id = runId.Trim().ToLowerInvariant();
        return IsHex(id)
            ? id
            : throw new RunStoreException(new LocalizedText("Runs_InvalidId", runId));
    }

    public static bool IsHex(string text) =>
        text.Length > 0 && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    public static bool LooksLikePrefix(string text) =>
        text.Length >= MinimumPrefix && text.Length <= 32 && IsHex(text.ToLower(CultureInfo.InvariantCulture));
}
