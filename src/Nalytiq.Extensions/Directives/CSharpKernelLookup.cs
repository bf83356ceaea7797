using Microsoft.DotNet.Interactive;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Directives;

/// <summary>Finds the notebook's C# kernel, where variables live, from a magic command's context.</summary>
internal static class CSharpKernelLookup
{
    public static Kernel Find(KernelInvocationContext context, string variable) =>
        context.HandlingKernel?.RootKernel.FindKernelByName("csharp")
        ?? throw new NalytiqException(new LocalizedText("Bind_NoKernel", variable));
}
