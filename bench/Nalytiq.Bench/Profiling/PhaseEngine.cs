using Nalytiq.Bench.Engines;

namespace Nalytiq.Bench.Profiling;

/// <summary>One building block of a CSV load, timed like an engine so the same harness reports it.</summary>
internal sealed class PhaseEngine(string name, Func<string, CancellationToken, ILoadedTable> run) : IEngine
{
    public string Name => name;

    public Task<ILoadedTable> LoadAsync(string path, CancellationToken cancellationToken) => Task.FromResult(run(path, cancellationToken));
}
