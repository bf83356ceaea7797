namespace Nalytiq.Charts.Plotly;

/// <summary>Makes Plotly.NET's fragment safe to embed when titles and categories come from the analyst's data.</summary>
internal static class HtmlFragments
{
    private const string ScriptEnd = "</script>";

    /// <summary>
    /// Plotly.NET writes the data as JSON inside a script element without escaping <c>&lt;/</c>, so a category such as
    /// <c>&lt;/script&gt;</c> would end the script early and inject markup. Inside the script only JSON strings can hold
    /// <c>&lt;</c>, where <c>&lt;\/</c> and <c>&lt;\!--</c> read the same to JavaScript.
    /// </summary>
    public static string GuardScript(string html)
    {
        var open = html.IndexOf("<script", StringComparison.Ordinal);
        var bodyStart = open < 0 ? -1 : html.IndexOf('>', open) + 1;
        var close = html.LastIndexOf(ScriptEnd, StringComparison.Ordinal);
        if (bodyStart <= 0 || close < bodyStart)
        {
            return html;
        }

        var body = html[bodyStart..close]
            .Replace("</", "<\\/", StringComparison.Ordinal)
            .Replace("<!--", "<\\!--", StringComparison.Ordinal);
        return string.Concat(html.AsSpan(0, bodyStart), body, html.AsSpan(close));
    }
}
