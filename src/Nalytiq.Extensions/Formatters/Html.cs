using System.Net;

namespace Nalytiq.Extensions.Formatters;

/// <summary>Small helpers for writing HTML by hand: encoding and the shared stylesheet.</summary>
internal static class Html
{
    /// <summary>
    /// One stylesheet for every Nalytiq output. Colours are translucent greys so they read in light and dark themes.
    /// </summary>
    public const string Style = """
        <style>
        .nq{font-family:var(--vscode-font-family,system-ui,-apple-system,'Segoe UI',sans-serif);font-size:13px;line-height:1.45;max-width:100%}
        .nq h3{margin:.2em 0 .4em;font-size:15px}
        .nq .nq-sub{opacity:.75;margin:0 0 .6em}
        .nq table{border-collapse:collapse;margin:.3em 0}
        .nq th,.nq td{padding:3px 8px;border-bottom:1px solid rgba(127,127,127,.25);text-align:left;vertical-align:top}
        .nq th{font-weight:600;border-bottom:1px solid rgba(127,127,127,.6)}
        .nq td.nq-num,.nq th.nq-num{text-align:right;font-variant-numeric:tabular-nums}
        .nq .nq-type{display:block;font-weight:400;font-size:11px;opacity:.7}
        .nq .nq-na{opacity:.45}
        .nq .nq-bar{display:inline-block;height:8px;background:rgba(214,96,77,.85);vertical-align:middle;margin-right:4px}
        .nq .nq-warn{border-left:3px solid #d9a21b;padding:2px 8px;margin:.5em 0;background:rgba(217,162,27,.08)}
        .nq .nq-chips span{display:inline-block;margin:0 10px 4px 0}
        .nq .nq-chips b{font-weight:600}
        .nq code{font-family:var(--vscode-editor-font-family,ui-monospace,monospace);font-size:12px}
        .nq progress{width:320px;height:10px;vertical-align:middle}
        .nq .nq-pager button{margin-right:6px}
        </style>
        """;

    /// <summary>HTML-encodes text for element content and attribute values.</summary>
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    /// <summary>Shortens long text for a table cell, keeping the whole of it in a tooltip.</summary>
    public static string Cell(string text, int max = 80) =>
        text.Length <= max
            ? Encode(text)
            : $"<span title=\"{Encode(text)}\">{Encode(text[..max])}…</span>";

    /// <summary>Draws a chart, or says in the session language why it could not be drawn; nothing without a drawer.</summary>
    public static string Chart(ChartDrawer? drawChart, Charts.ChartSpec chart, Localization.Localizer text, bool compact = false)
    {
        if (drawChart is null)
        {
            return string.Empty;
        }

        try
        {
            return drawChart(chart, compact);
        }
        catch (NalytiqException e)
        {
            return $"<div class=\"nq-warn\">{Encode(e.Localize(text))}</div>";
        }
    }
}
