using System.Globalization;

namespace Nalytiq.Ingestion.Columns;

/// <summary>Turns the names found in a file into unique, non-empty column names.</summary>
internal static class ColumnNames
{
    /// <summary>
    /// Empty names become <c>Column3</c> (their 1-based position); repeated ones get <c>_2</c>, <c>_3</c>.
    /// <paramref name="sourceNames"/> holds the original where a name changed, otherwise null.
    /// </summary>
    public static string[] MakeUnique(IReadOnlyList<string?> names, out string?[] sourceNames)
    {
        ArgumentNullException.ThrowIfNull(names);
        var result = new string[names.Count];
        sourceNames = new string?[names.Count];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                taken.Add(name.Trim());
            }
        }

        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            var original = names[i] ?? string.Empty;
            var candidate = original.Trim();
            var generated = candidate.Length == 0;
            if (generated)
            {
                candidate = "Column" + (i + 1).ToString(CultureInfo.InvariantCulture);
            }

            // The first holder of a name keeps it; a generated name never takes one the file spells out.
            if (used.Contains(candidate) || (generated && taken.Contains(candidate)))
            {
                candidate = NextFree(candidate, used, taken);
            }

            used.Add(candidate);
            result[i] = candidate;
            sourceNames[i] = candidate == original ? null : original;
        }

        return result;
    }

    /// <summary>Column names for a file without a header: <c>Column1</c>, <c>Column2</c>, ….</summary>
    public static string[] Generated(int count) =>
        [.. Enumerable.Range(1, count).Select(i => "Column" + i.ToString(CultureInfo.InvariantCulture))];

    private static string NextFree(string name, HashSet<string> used, HashSet<string> taken)
    {
        for (var suffix = 2; ; suffix++)
        {
            var candidate = name + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            if (!used.Contains(candidate) && !taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
