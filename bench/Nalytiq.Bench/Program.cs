using Nalytiq.Bench.Commands;

namespace Nalytiq.Bench;

/// <summary>
/// The benchmarks: <c>generate</c> writes the data, <c>compare</c> times our ingest against DataFrame.LoadCsv and
/// DuckDB, <c>formats</c> does the same for Parquet and JSON, warm and cold, <c>ingest</c> does one cold load by our engine, <c>ingest-stages</c> times its building blocks, <c>profile</c>
/// measures the data profile against DuckDB's SUMMARIZE and through the cache, <c>export</c> writes CSV and Parquet
/// against DuckDB's COPY, <c>train</c> measures the training engine, <c>kernel</c> times our Jupyter kernel against
/// dotnet-interactive's. See docs/performance.md.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: dotnet run -c Release --project bench/Nalytiq.Bench -- <command>
          generate [path] [--rows N] [--seed S]     write the benchmark CSV (default bench/data/sales-3m.csv, 3,000,000 rows)
          compare  [file] [--iterations N] [--warmup W] [--engines nalytiq,loadcsv,duckdb] [--out report.json]
          ingest   [file] [--engine nalytiq|loadcsv|duckdb]   one cold load (ours by default), one JSON line
          formats  [csv] [--formats parquet,json,ndjson,csv] [--iterations N] [--cold N] [--json-rows N] [--out report.json]
                                                    our upload of Parquet/JSON/CSV vs DuckDB's readers, warm and cold (fresh processes)
          ingest-stages [file] [--iterations N]     time the building blocks of a load alone (read, hash, parse, frame)
          profile  [file] [--iterations N] [--warmup W]   the data profile (#!analyze): computed vs DuckDB SUMMARIZE, warm L1, Garnet after restart
          export   [file] [--iterations N] [--warmup W]   #!export of the frame to CSV and Parquet vs DuckDB COPY ... TO
          profile-restart [file] --home DIR [--start-first true] first #!analyze of a new process on an existing cache (run by profile)
          runs     [--runs 500] [--iterations 20] [--processes 2] [--process-runs 100]   the run store: list/compare/best with hundreds of runs, writers in several processes
          runs-writer --home DIR --runs N --writer W   one writer process of the runs check (run by runs)
          train [--parts overhead,budget,quality] [--rows N] [--iterations N] [--budget-rows N] [--budget S] [--quality-dir DIR] [--quality-budget S]
                                                    the training engine: overhead vs bare ML.NET, budget adherence, quality vs scikit-learn
          kernel [--processes 5] [--executes 200] [--completions 20] [--upload csv|false] [--out report.json]
                                                    nalytiq kernel vs dotnet-interactive (Jupyter, fresh processes): start to ready/idle/first result,
                                                    the old kernel's #r nuget cell, 1+1 round trip p50/p99, completion, first #!upload
        """;

    private static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var arguments = Arguments.Parse(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                return GenerateCommand.Run(arguments);
            case "compare":
                return await CompareCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "formats":
                return await FormatsCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "ingest-stages":
                return await IngestStagesCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "profile":
                return await ProfileCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "profile-restart":
                return await ProfileRestartCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "runs":
                return await RunsCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "runs-writer":
                return await RunsCommand.WriterAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "export":
                return await ExportCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "train":
                return await TrainCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "kernel":
                return await KernelCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            case "ingest":
                return await IngestCommand.RunAsync(arguments, cancel.Token).ConfigureAwait(false);
            default:
                await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                return 2;
        }
    }
}
