using System.Reflection;
using Nalytiq.Localization;

namespace Nalytiq.Charts;

/// <summary>
/// The F# components (Plotly.NET, Deedle, FSharp.Core 10.1 and the adapter over them) loaded from one folder into one
/// private <see cref="ChartLoadContext"/>. Charts and time series share an instance so the process holds a single copy
/// of FSharp.Core 10.1. The adapter loads on first use; a failure is retried on the next call, so a repaired
/// installation works without restarting the notebook.
/// </summary>
internal sealed class IsolatedComponents
{
    private readonly IReadOnlyList<string> _candidates;
    private readonly Lock _gate = new();
    private volatile Assembly? _adapter;

    public IsolatedComponents(IReadOnlyList<string> candidates) => _candidates = candidates;

    /// <summary>The components every workbench of the process shares, found by <see cref="ChartFolder.Candidates"/>.</summary>
    public static IsolatedComponents Shared { get; } = new(ChartFolder.Candidates());

    /// <summary>The folder the adapter was loaded from, once it is loaded.</summary>
    public string? Directory { get; private set; }

    /// <summary>Creates the adapter's <paramref name="typeName"/> inside the private context.</summary>
    /// <exception cref="NalytiqException">The folder is missing or the adapter cannot be loaded.</exception>
    public T Create<T>(string typeName, ComponentErrors errors)
        where T : class
    {
        var adapter = LoadAdapter(errors);
        try
        {
            var type = adapter.GetType(typeName, throwOnError: true)!;
            return (T)Activator.CreateInstance(type)!;
        }
        catch (Exception e) when (IsLoadFailure(e))
        {
            throw errors.LoadFailed(Directory ?? string.Empty, e);
        }
    }

    /// <summary>
    /// Runs a call into the adapter. Its own dependencies (Plotly.NET, Deedle, FSharp.Core) load when it first runs,
    /// so a folder missing one of them fails here rather than when the adapter loads. Data the adapter cannot draw
    /// comes back as a localized <see cref="NalytiqException"/>.
    /// </summary>
    public TResult Call<TResult>(Func<TResult> call, ComponentErrors errors)
    {
        try
        {
            return call();
        }
        catch (ChartDataException e)
        {
            throw new NalytiqException(new LocalizedText(e.Key, e.Arguments), e);
        }
        catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException or TypeLoadException)
        {
            throw errors.LoadFailed(Directory ?? string.Empty, e);
        }
    }

    private static bool IsLoadFailure(Exception e) =>
        e is IOException or BadImageFormatException or TypeLoadException or InvalidCastException or MissingMethodException
            or TargetInvocationException or UnauthorizedAccessException;

    private Assembly LoadAdapter(ComponentErrors errors)
    {
        if (_adapter is { } loaded)
        {
            return loaded;
        }

        lock (_gate)
        {
            if (_adapter is { } raced)
            {
                return raced;
            }

            var directory = ChartFolder.Find(_candidates) ?? throw errors.FolderMissing(_candidates);
            try
            {
                var context = new ChartLoadContext(directory);
                var adapter = context.LoadFromAssemblyPath(ChartFolder.AdapterPath(directory));
                Directory = directory;
                _adapter = adapter;
                return adapter;
            }
            catch (Exception e) when (IsLoadFailure(e))
            {
                throw errors.LoadFailed(directory, e);
            }
        }
    }
}
