using System.Diagnostics;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Nalytiq.Cli;

/// <summary>
/// Compiles and runs a throw-away one-line script on a pool thread while the kernel is still being built, so the C#
/// compiler's code is compiled to machine code before the first cell needs it (most of a fresh process's first cell is
/// that JIT work). The script shares no state with the notebook's: nothing is declared, shown or recorded, and a
/// failure here only means the first cell pays the cost itself.
/// </summary>
internal static class CompilerWarmUp
{
    private static int _started;

    /// <summary>Starts the warm-up, once per process, without waiting for it.</summary>
    public static void Start()
    {
        if (Interlocked.Exchange(ref _started, 1) == 0)
        {
            _ = Task.Run(RunAsync);
        }
    }

    private static async Task RunAsync()
    {
        try
        {
            var options = ScriptOptions.Default.WithReferences(typeof(object).Assembly).WithImports("System", "System.Linq");
            var state = await CSharpScript.RunAsync<int>("var values = new[] { 1, 2 };\nvalues.Sum()", options).ConfigureAwait(false);
            await state.ContinueWithAsync<int>("values.Length + 1").ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Only a speed-up: whatever goes wrong, the first cell compiles as it would have.
        catch (Exception e)
#pragma warning restore CA1031
        {
            Trace.TraceWarning($"nalytiq: compiler warm-up skipped: {e.Message}");
        }
    }
}
