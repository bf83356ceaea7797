using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Nalytiq.Bench.Reporting;

namespace Nalytiq.Bench.Commands;

/// <summary>
/// <c>kernel [--processes N] [--executes N] [--completions N] [--upload csv|false] [--out file]</c>: our Jupyter
/// kernel (<c>nalytiq kernel</c>) against dotnet-interactive's, over fresh kernel processes. Installs both kernelspecs
/// into a private <c>JUPYTER_PATH</c> (ours from the Release build of <c>src/Nalytiq.Cli</c>, the old one with
/// <c>--http-local-only</c>, as <c>.ci/run</c> does), then runs <c>Kernel/kernel_bench.py</c> with Debian's
/// <c>/usr/bin/python3</c> and <c>jupyter_client</c>, which does the measuring. Both kernels start in
/// <c>notebooks/</c>, so the old kernel's <c>#r "nuget: Nalytiq.Extensions, …"</c> restores from
/// <c>artifacts/packages</c> through <c>notebooks/NuGet.Config</c>. Progress on stderr, one JSON document on stdout.
/// </summary>
internal static class KernelCommand
{
    private const string OldKernel = ".net-csharp";
    private const string OurKernel = "nalytiq";

    public static async Task<int> RunAsync(Arguments arguments, CancellationToken cancellationToken)
    {
        var root = BenchPaths.RepositoryRoot();
        var log = Console.Error;
        var processes = arguments.Int("processes", arguments.Int("iterations", 5));
        var script = Path.Combine(root, "bench", "Nalytiq.Bench", "Kernel", "kernel_bench.py");
        var python = arguments.Text("python") ?? "/usr/bin/python3";
        var notebooks = Path.Combine(root, "notebooks");
        var work = Directory.CreateTempSubdirectory("nalytiq-kernel-bench-");
        try
        {
            var prefix = Path.Combine(work.FullName, "prefix");
            var oldKernels = Path.Combine(work.FullName, "old", "kernels");
            await log.WriteLineAsync($"kernel: kernelspecs into {work.FullName}; load {MachineInfo.LoadAverageNow()}").ConfigureAwait(false);
            await RunAsync("dotnet", ["run", "--project", "src/Nalytiq.Cli", "-c", "Release", "--no-build", "--", "kernel", "install", "--prefix", prefix], root, log, cancellationToken).ConfigureAwait(false);
            Directory.CreateDirectory(oldKernels);
            await RunAsync("dotnet", ["interactive", "jupyter", "install", "--path", oldKernels], root, log, cancellationToken).ConfigureAwait(false);
            foreach (var spec in Directory.EnumerateFiles(oldKernels, "kernel.json", SearchOption.AllDirectories))
            {
                await LocalOnlyAsync(spec, cancellationToken).ConfigureAwait(false);
            }

            var start = new ProcessStartInfo(python)
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = root,
            };
            start.Environment["JUPYTER_PATH"] = string.Join(Path.PathSeparator, Path.Combine(prefix, "share", "jupyter"), Path.GetDirectoryName(oldKernels)!);
            start.Environment["JUPYTER_DATA_DIR"] = Path.Combine(work.FullName, "data");
            start.Environment["JUPYTER_CONFIG_DIR"] = Path.Combine(work.FullName, "config");
            start.Environment["JUPYTER_RUNTIME_DIR"] = Path.Combine(work.FullName, "runtime");
            foreach (var argument in new[]
                     {
                         script, "--ours", OurKernel, "--old", OldKernel, "--cwd", notebooks,
                         "--processes", Invariant(processes),
                         "--executes", Invariant(arguments.Int("executes", 200)),
                         "--completions", Invariant(arguments.Int("completions", 20)),
                     })
            {
                start.ArgumentList.Add(argument);
            }

            var version = arguments.Text("package-version") ?? ProductVersion(root);
            var package = Path.Combine(root, "artifacts", "packages", $"Nalytiq.Extensions.{version}.nupkg");
            if (File.Exists(package))
            {
                start.ArgumentList.Add("--nuget-version");
                start.ArgumentList.Add(version);
            }
            else
            {
                start.ArgumentList.Add("--packages-note");
                start.ArgumentList.Add($"{package} missing (dotnet pack -c Release -o artifacts/packages, or .ci/run): the old kernel's #r cell and start-to-first-Nalytiq-result were skipped");
                await log.WriteLineAsync($"kernel: {package} missing; the old kernel's #r cell is skipped").ConfigureAwait(false);
            }

            var upload = arguments.Text("upload") ?? BenchPaths.DefaultCsv;
            if (!string.Equals(upload, "false", StringComparison.OrdinalIgnoreCase) && File.Exists(upload))
            {
                start.ArgumentList.Add("--upload");
                start.ArgumentList.Add(Path.GetFullPath(upload));
            }

            var extra = new JsonObject
            {
                ["dotnet"] = new JsonObject
                {
                    ["bench_runtime"] = RuntimeInformation.FrameworkDescription,
                    ["os"] = RuntimeInformation.OSDescription,
                },
                ["upload_csv_present"] = File.Exists(upload),
            };
            start.ArgumentList.Add("--extra");
            start.ArgumentList.Add(extra.ToJsonString());

            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + python);
            var json = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            Console.Write(json);
            if (process.ExitCode == 0 && arguments.Text("out") is { } output)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
                await File.WriteAllTextAsync(output, json, cancellationToken).ConfigureAwait(false);
            }

            return process.ExitCode;
        }
        finally
        {
            if (arguments.Text("keep") is not "true")
            {
                work.Delete(recursive: true);
            }
        }
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The product version (<c>Version</c> in Directory.Build.props), the one the packages are packed as.</summary>
    private static string ProductVersion(string root)
    {
        var props = XDocument.Load(Path.Combine(root, "Directory.Build.props"));
        return props.Descendants("Version").FirstOrDefault()?.Value.Trim() is { Length: > 0 } version
            ? version
            : throw new InvalidOperationException("No <Version> in Directory.Build.props; pass --package-version.");
    }

    /// <summary>Adds <c>--http-local-only</c> before <c>{connection_file}</c>, as .ci/run's install_kernelspec does.</summary>
    private static async Task LocalOnlyAsync(string spec, CancellationToken cancellationToken)
    {
        var kernel = JsonNode.Parse(await File.ReadAllTextAsync(spec, cancellationToken).ConfigureAwait(false))!.AsObject();
        var argv = kernel["argv"]!.AsArray();
        if (!argv.Any(a => a?.GetValue<string>() == "--http-local-only"))
        {
            var index = argv.Select(a => a?.GetValue<string>()).ToList().IndexOf("{connection_file}");
            argv.Insert(index < 0 ? argv.Count : index, "--http-local-only");
        }

        await File.WriteAllTextAsync(spec, kernel.ToJsonString(new() { WriteIndented = true }) + "\n", cancellationToken).ConfigureAwait(false);
    }

    private static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, string workingDirectory, TextWriter log, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + fileName);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        await log.WriteAsync(await output.ConfigureAwait(false)).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{fileName} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error.ConfigureAwait(false)}");
        }
    }
}
