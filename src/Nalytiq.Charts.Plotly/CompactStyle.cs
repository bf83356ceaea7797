using Microsoft.FSharp.Core;
using Plotly.NET;
using static Nalytiq.Charts.Plotly.PlotlyObjects;

namespace Nalytiq.Charts.Plotly;

/// <summary>Strips a layout down to its marks for charts drawn inside a table cell.</summary>
internal static class CompactStyle
{
    private static readonly string[] Axes = ["xaxis", "yaxis", "yaxis2"];

    public static Layout Apply(Layout layout)
    {
        foreach (var name in Axes)
        {
            if (layout.TryGetPropertyValue(name) is { } axis && FSharpOption<object>.get_IsSome(axis) && axis.Value is DynamicObj.DynamicObj properties)
            {
                properties.With("visible", false);
            }
        }

        return layout
            .With("margin", Object(("l", 0), ("r", 0), ("t", 0), ("b", 0), ("pad", 0)))
            .With("showlegend", false);
    }
}
