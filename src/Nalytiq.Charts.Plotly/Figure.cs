using Plotly.NET;

namespace Nalytiq.Charts.Plotly;

/// <summary>A chart's traces and the layout properties specific to its kind, before title, size and culture.</summary>
internal sealed record Figure(IReadOnlyList<Trace> Traces, Layout Layout);
