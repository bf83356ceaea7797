using System.Text.RegularExpressions;

namespace Nalytiq.Cli.Jupyter;

/// <summary>The three <c>hist_access_type</c>s of <c>history_request</c>, over every session kept.</summary>
internal sealed partial class KernelHistory
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>The last <paramref name="count"/> cells, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> Tail(int count)
    {
        var all = Snapshot();
        return all[Math.Max(0, all.Count - Math.Max(count, 0))..];
    }

    /// <summary>
    /// The cells of one session from line <paramref name="start"/> up to, not including, <paramref name="stop"/> (to the
    /// end when null). <paramref name="session"/> 0 is this session; a negative one counts back from it.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Range(int session, int start, int? stop)
    {
        var wanted = session <= 0 ? Session + session : session;
        return [.. Snapshot().Where(e => e.Session == wanted && e.Line >= start && (stop is null || e.Line < stop))];
    }

    /// <summary>
    /// The cells whose whole code matches the glob <paramref name="pattern"/> (<c>*</c>, <c>?</c>), oldest first: the last
    /// <paramref name="count"/> of them when given, and with <paramref name="unique"/> only the latest of equal codes.
    /// </summary>
    public IReadOnlyList<HistoryEntry> Search(string pattern, bool unique, int? count)
    {
        var glob = new Regex(
            "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$",
            RegexOptions.Singleline | RegexOptions.CultureInvariant,
            MatchTimeout);
        var matches = Snapshot().Where(e => glob.IsMatch(e.Input)).ToList();
        if (unique)
        {
            var latest = matches.Select((e, i) => (e.Input, i)).GroupBy(m => m.Input, StringComparer.Ordinal).Select(g => g.Max(m => m.i)).ToHashSet();
            matches = [.. matches.Where((_, i) => latest.Contains(i))];
        }

        return count is { } n ? matches[Math.Max(0, matches.Count - Math.Max(n, 0))..] : matches;
    }

    private List<HistoryEntry> Snapshot()
    {
        lock (_lock)
        {
            return [.. _entries.OrderBy(e => e.Session).ThenBy(e => e.Line)];
        }
    }
}
