namespace Nalytiq.Charts;

/// <summary>
/// One object of the isolated F# adapter (the chart renderer, the time-series engine), created inside the private load
/// context on first use, once. A failure is reported as a <see cref="NalytiqException"/> and retried on the next call,
/// so a repaired installation works without restarting the notebook.
/// </summary>
/// <typeparam name="T">The contract the object is used through, shared by both contexts.</typeparam>
internal sealed class IsolatedComponent<T>(IsolatedComponents components, string typeName, ComponentErrors errors)
    where T : class
{
    private readonly Lock _gate = new();
    private volatile T? _instance;

    /// <summary>The folder the adapter was loaded from, once it is loaded.</summary>
    public string? Directory => components.Directory;

    /// <summary>The object, creating it in the private context on first call.</summary>
    /// <exception cref="NalytiqException">The components are missing or cannot be loaded.</exception>
    public T Get()
    {
        if (_instance is { } instance)
        {
            return instance;
        }

        lock (_gate)
        {
            _instance ??= components.Create<T>(typeName, errors);
            return _instance;
        }
    }

    /// <summary>Calls into the object, reporting what the adapter cannot load or draw as a localized <see cref="NalytiqException"/>.</summary>
    public TResult Call<TResult>(Func<T, TResult> call)
    {
        var instance = Get();
        return components.Call(() => call(instance), errors);
    }
}
