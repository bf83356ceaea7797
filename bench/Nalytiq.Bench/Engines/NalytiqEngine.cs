namespace Nalytiq.Bench.Engines;

/// <summary>Our ingest, exactly as a notebook calls it: a fresh <see cref="Workbench"/> and <c>UploadAsync</c>.</summary>
internal sealed class NalytiqEngine : IEngine
{
    public string Name => "nalytiq";

    public async Task<ILoadedTable> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path)) ?? Environment.CurrentDirectory;
        var workbench = new Workbench(new WorkbenchOptions
        {
            WorkingDirectory = directory,
            HomeDirectory = Path.Combine(Path.GetTempPath(), "nalytiq-bench"),
        });
        var dataset = await workbench.UploadAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        var kinds = dataset.Schema.ToDictionary(c => c.Name, c => c.Kind.ToString(), StringComparer.Ordinal);

        // The workbench's catalog holds the dataset, exactly as in a notebook session; the table keeps both alive.
        return new NalytiqTable(workbench, dataset, new FrameTable(dataset.Frame, c => kinds.GetValueOrDefault(c.Name, c.DataType.Name)));
    }
}
