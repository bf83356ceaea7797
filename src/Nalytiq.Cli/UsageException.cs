using Nalytiq.Localization;

namespace Nalytiq.Cli;

/// <summary>The command line is wrong; the message says how to use it.</summary>
internal sealed class UsageException(LocalizedText text) : NalytiqException(text);
