namespace Nalytiq.Bench.Engines;

/// <summary>One way of loading a CSV file fully into memory; the benchmark times <see cref="LoadAsync"/> only.</summary>
internal interface IEngine
{
    /// <summary>The short name used in reports (<c>nalytiq</c>, <c>loadcsv</c>, <c>duckdb</c>).</summary>
    string Name { get; }

    /// <summary>Loads the whole file; the returned table keeps the data alive until it is disposed.</summary>
    Task<ILoadedTable> LoadAsync(string path, CancellationToken cancellationToken);
}
