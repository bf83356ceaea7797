using DynamicObj;

namespace Nalytiq.Charts.Plotly;

/// <summary>
/// Builds Plotly JSON objects property by property. Plotly.NET's typed styling functions take dozens of F# optional
/// parameters each; setting the few properties we need on its dynamic objects is shorter and serializes the same.
/// </summary>
internal static class PlotlyObjects
{
    public static T With<T>(this T target, string name, object? value)
        where T : DynamicObj.DynamicObj
    {
        if (value is not null)
        {
            target.SetProperty(name, value);
        }

        return target;
    }

    public static DynamicObj.DynamicObj Object(params (string Name, object? Value)[] properties)
    {
        var result = new DynamicObj.DynamicObj();
        foreach (var (name, value) in properties)
        {
            result.With(name, value);
        }

        return result;
    }

    public static DynamicObj.DynamicObj AxisTitle(string? text) => Object(("text", text));
}
