namespace Nalytiq.Assistant;

/// <summary>
/// An API key. It never prints itself: <see cref="ToString"/>, records and serializers see a mask, so a key cannot
/// slip into an output, an exception message or the audit log by accident.
/// </summary>
internal sealed class Secret
{
    private readonly string _value;

    public Secret(string value) => _value = value;

    /// <summary>The key itself, for the one place that sends it.</summary>
    public string Reveal() => _value;

    public override string ToString() => "••••";

    /// <summary>Replaces every occurrence of the key in <paramref name="text"/> (a provider's error message, say).</summary>
    public string Scrub(string text) =>
        _value.Length >= 4 ? text.Replace(_value, "••••", StringComparison.Ordinal) : text;

    public static Secret? From(string? value) => string.IsNullOrWhiteSpace(value) ? null : new Secret(value.Trim());
}
