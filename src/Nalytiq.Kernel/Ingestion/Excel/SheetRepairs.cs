using System.Globalization;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Excel;

/// <summary>
/// Collects what had to be repaired to read a sheet as a table; each kind becomes one warning with a count and the
/// first places, or, in strict mode, an error at the first place.
/// </summary>
internal sealed class SheetRepairs(bool strict, string path)
{
    private const int PlacesShown = 5;

    public List<LocalizedText> Warnings { get; } = [];

    public void Fail(LocalizedText text, CellPosition? at)
    {
        if (strict)
        {
            throw new IngestException(text, path, at?.Row, at?.Column);
        }
    }

    /// <summary>Warns once about <paramref name="places"/>, or fails at the first one in strict mode.</summary>
    public void Add<T>(IReadOnlyList<T> places, string warningKey, Func<T, LocalizedText> strictText, Func<T, CellPosition> position)
    {
        if (places.Count == 0)
        {
            return;
        }

        Fail(strictText(places[0]), position(places[0]));
        Warnings.Add(new LocalizedText(warningKey, places.Count, List(places)));
    }

    public static string List<T>(IReadOnlyList<T> places) =>
        string.Join(", ", places.Take(PlacesShown).Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))
        + (places.Count > PlacesShown ? ", …" : string.Empty);
}
