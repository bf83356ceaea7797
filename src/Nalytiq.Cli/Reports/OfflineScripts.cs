using System.Text.RegularExpressions;
using Nalytiq.Charts;

namespace Nalytiq.Cli.Reports;

/// <summary>
/// Makes chart outputs work without a network. Outputs written for notebooks load plotly.js from its CDN, through
/// RequireJS (loading RequireJS itself from a CDN when the page lacks it) or a plain <c>script src</c>. The report
/// inlines the plotly.js copy embedded in Plotly.NET once, defines a small RequireJS stand-in that hands it to those
/// outputs, and drops their CDN script elements.
/// </summary>
internal static partial class OfflineScripts
{
    /// <summary>Whether an output draws with plotly.js.</summary>
    public static bool UsesPlotly(string html) => html.Contains("Plotly", StringComparison.Ordinal);

    /// <summary>Removes <c>script</c> elements that fetch plotly.js or RequireJS from the network.</summary>
    public static string Rewrite(string html) => CdnScript().Replace(html, string.Empty);

    /// <summary>The head scripts: plotly.js (when a chart needs it), then the RequireJS stand-in.</summary>
    public static string HeadScripts(bool plotly)
    {
        var scripts = new System.Text.StringBuilder();
        if (plotly)
        {
            // plotly.js must load before the stand-in: with a global define() present it would register as an AMD
            // module instead of setting window.Plotly.
            scripts.Append(ChartRuntime.Shared.GetPlotlyScriptElement()).Append('\n');
        }

        return scripts.Append("<script>").Append(ReportAssets.OfflineRequire).Append("</script>\n").ToString();
    }

    [GeneratedRegex("""<script\b[^>]*\bsrc\s*=\s*["'](?:https?:)?//[^"']*(?:plotly|require)[^"']*["'][^>]*>\s*</script\s*>""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CdnScript();
}
