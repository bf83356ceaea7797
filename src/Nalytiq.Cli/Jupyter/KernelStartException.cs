using Nalytiq.Localization;

namespace Nalytiq.Cli.Jupyter;

/// <summary>The kernel cannot start: a missing or unusable connection file, a port it cannot bind.</summary>
internal sealed class KernelStartException(LocalizedText text, Exception? innerException = null) : NalytiqException(text, innerException);
