using Nalytiq.Analysis;

namespace Nalytiq.Assistant;

/// <summary>A frame with its (cached) profile: what the context, the tools and the offline answers read.</summary>
internal sealed record ProfiledFrame(AskFrame Source, DataProfile Profile)
{
    public string Name => Source.Name;
}
