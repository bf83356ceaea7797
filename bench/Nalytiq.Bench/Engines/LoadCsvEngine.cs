using System.Globalization;
using Microsoft.Data.Analysis;

namespace Nalytiq.Bench.Engines;

/// <summary>Microsoft.Data.Analysis' own reader with its defaults (types guessed from the first 10 rows).</summary>
internal sealed class LoadCsvEngine : IEngine
{
    public string Name => "loadcsv";

    public Task<ILoadedTable> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var frame = DataFrame.LoadCsv(path, cultureInfo: CultureInfo.InvariantCulture);
        return Task.FromResult<ILoadedTable>(new FrameTable(frame));
    }
}
