using System.Reflection;
using Microsoft.ML;

namespace Nalytiq.Training.Engine;

/// <summary>
/// Stops ML.NET work in progress. <c>MLContext</c> implements ML.NET's <c>ICancelable</c>, but that interface is
/// internal in 5.0 (only AutoML, a friend assembly, calls it), so it is reached by reflection. Once cancelled, a context
/// and everything built with it throw <see cref="OperationCanceledException"/>: each trial gets its own context.
/// </summary>
internal static class MlCancellation
{
    private static readonly MethodInfo? Cancel = typeof(MLContext)
        .GetInterfaces()
        .FirstOrDefault(i => i.FullName == "Microsoft.ML.Runtime.ICancelable")
        ?.GetMethod("CancelExecution");

    /// <summary>Whether in-flight cancellation is available; without it, trials are only stopped between them.</summary>
    public static bool Supported => Cancel is not null;

    /// <summary>Cancels everything running under <paramref name="ml"/>.</summary>
    public static void CancelExecution(MLContext ml) => Cancel?.Invoke(ml, null);

    /// <summary>Cancels <paramref name="ml"/> when <paramref name="token"/> is cancelled, until disposed.</summary>
    public static CancellationTokenRegistration Link(MLContext ml, CancellationToken token) =>
        token.Register(static state => CancelExecution((MLContext)state!), ml);
}
