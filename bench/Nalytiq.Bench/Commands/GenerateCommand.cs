using System.Text.Json;
using Nalytiq.Bench.Generation;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary><c>generate [path] [--rows N] [--seed S]</c>: writes the deterministic benchmark CSV.</summary>
internal static class GenerateCommand
{
    public static int Run(Arguments arguments)
    {
        var path = Path.GetFullPath(arguments.Positional.FirstOrDefault() ?? BenchPaths.DefaultCsv);
        var result = CsvGenerator.Write(path, arguments.Int("rows", CsvGenerator.DefaultRows), arguments.ULong("seed", CsvGenerator.DefaultSeed));
        Console.WriteLine(JsonSerializer.Serialize(result, BenchJsonContext.Default.GenerationResult));
        return 0;
    }
}
