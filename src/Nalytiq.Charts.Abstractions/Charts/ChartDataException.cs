namespace Nalytiq.Charts;

/// <summary>
/// A chart whose data cannot be drawn (series of different lengths, a heatmap of the wrong shape). The isolated
/// renderer knows no resources, so it names the message by its resource key; the engine turns it into a localized
/// <c>NalytiqException</c>.
/// </summary>
public sealed class ChartDataException : ArgumentException
{
    /// <summary>Creates the exception for the message resource <paramref name="key"/> and its arguments.</summary>
    public ChartDataException(string key, params IReadOnlyList<object?> arguments)
        : base(key)
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ChartDataException()
        : this("Chart_Invalid")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public ChartDataException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Key = message;
        Arguments = [];
    }

    /// <summary>The resource key of the message.</summary>
    public string Key { get; }

    /// <summary>The message's arguments, in order.</summary>
    public IReadOnlyList<object?> Arguments { get; }
}
