using System.Collections.Concurrent;

namespace Nalytiq;

/// <summary>The datasets loaded in this session, by name. A new upload under an existing name replaces it.</summary>
public sealed class DatasetCatalog
{
    private readonly ConcurrentDictionary<string, Dataset> _datasets = new(StringComparer.Ordinal);

    /// <summary>The number of datasets.</summary>
    public int Count => _datasets.Count;

    /// <summary>The datasets, ordered by name.</summary>
    public IReadOnlyList<Dataset> All => [.. _datasets.Values.OrderBy(d => d.Name, StringComparer.Ordinal)];

    /// <summary>Finds a dataset by name.</summary>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Dataset? dataset) =>
        _datasets.TryGetValue(name, out dataset);

    /// <summary>The uploaded dataset whose frame this is (the same instance), if any.</summary>
    public Dataset? Of(Microsoft.Data.Analysis.DataFrame frame) =>
        _datasets.Values.FirstOrDefault(d => ReferenceEquals(d.Frame, frame));

    internal void Add(Dataset dataset) => _datasets[dataset.Name] = dataset;
}
