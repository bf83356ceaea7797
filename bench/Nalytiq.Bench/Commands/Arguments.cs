using System.Globalization;

namespace Nalytiq.Bench.Commands;

/// <summary>Positional arguments and <c>--name value</c> options after the command word.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private Arguments()
    {
    }

    public List<string> Positional { get; } = [];

    public static Arguments Parse(IEnumerable<string> args)
    {
        var parsed = new Arguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            if (e.Current.StartsWith("--", StringComparison.Ordinal))
            {
                var name = e.Current[2..];
                parsed._options[name] = e.MoveNext() ? e.Current : throw new ArgumentException($"--{name} needs a value.");
            }
            else
            {
                parsed.Positional.Add(e.Current);
            }
        }

        return parsed;
    }

    public string? Text(string name) => _options.GetValueOrDefault(name);

    public int Int(string name, int fallback) =>
        _options.TryGetValue(name, out var value) ? int.Parse(value.Replace("_", "", StringComparison.Ordinal), NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;

    public ulong ULong(string name, ulong fallback) =>
        _options.TryGetValue(name, out var value) ? ulong.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
