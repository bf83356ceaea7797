using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>
/// Renders a <see cref="DataFrame"/> as a paged table whose headers show each column's type, missing share and
/// distinct count, with values in the session's culture.
/// </summary>
internal static class DataFrameFormatter
{
    public const int RowsPerPage = 25;
    public const int MaxPages = 20;

    public static string ToHtml(DataFrame frame, Localizer text)
    {
        var rows = frame.Rows.Count;
        var shown = (int)Math.Min(rows, RowsPerPage * MaxPages);
        var pages = Math.Max(1, (shown + RowsPerPage - 1) / RowsPerPage);
        var id = "nq" + Guid.NewGuid().ToString("N")[..10];
        var html = new StringBuilder(4096 + (shown * frame.Columns.Count * 16));
        html.Append(Html.Style).Append("<div class=\"nq\" id=\"").Append(id).Append("\">");
        html.Append("<p class=\"nq-sub\">")
            .Append(Html.Encode(text.Format("Frame_Size", text.Number(rows), text.Number((long)frame.Columns.Count))))
            .Append("</p>");
        html.Append("<div style=\"overflow-x:auto\"><table><thead><tr><th class=\"nq-num\"></th>");
        foreach (var column in frame.Columns)
        {
            AppendHeader(html, column, text);
        }

        html.Append("</tr></thead>");
        for (var page = 0; page < pages; page++)
        {
            html.Append("<tbody data-page=\"").Append(page.ToString(CultureInfo.InvariantCulture)).Append('"');
            if (page > 0)
            {
                html.Append(" style=\"display:none\"");
            }

            html.Append('>');
            var end = Math.Min(shown, (page + 1) * RowsPerPage);
            for (var row = page * RowsPerPage; row < end; row++)
            {
                AppendRow(html, frame, row, text);
            }

            html.Append("</tbody>");
        }

        html.Append("</table></div>");
        AppendPager(html, id, rows, shown, pages, text);
        html.Append("</div>");
        return html.ToString();
    }

    public static string ToPlainText(DataFrame frame, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Frame_Size", text.Number(frame.Rows.Count), text.Number((long)frame.Columns.Count)));
        var shown = (int)Math.Min(frame.Rows.Count, 10);
        var cells = new string[shown + 1][];
        cells[0] = [.. frame.Columns.Select(c => c.Name)];
        for (var row = 0; row < shown; row++)
        {
            cells[row + 1] = [.. frame.Columns.Select(c => CellText.Format(c[row], text))];
        }

        var widths = Enumerable.Range(0, frame.Columns.Count).Select(c => Math.Min(30, cells.Max(r => r[c].Length))).ToArray();
        foreach (var line in cells)
        {
            builder.AppendLine(string.Join("  ", line.Select((cell, c) => Fit(cell, widths[c]))).TrimEnd());
        }

        return builder.ToString();
    }

    private static string Fit(string cell, int width) => cell.Length > width ? cell[..(width - 1)] + "…" : cell.PadRight(width);

    private static void AppendHeader(StringBuilder html, DataFrameColumn column, Localizer text)
    {
        var statistics = Workbench.GetColumnFigures(column);
        var numeric = ColumnKinds.IsNumeric(column);
        html.Append(numeric ? "<th class=\"nq-num\" title=\"" : "<th title=\"").Append(Html.Encode(column.DataType.Name)).Append("\">")
            .Append(Html.Encode(column.Name))
            .Append("<span class=\"nq-type\">").Append(Html.Encode(ColumnKindNames.Name(column, text))).Append(" · ")
            .Append(Html.Encode(text.Format("Frame_Missing", text.Percent(statistics.MissingRatio)))).Append(" · ")
            .Append(Html.Encode(text.Format("Frame_Distinct", text.Number(statistics.Distinct))))
            .Append("</span></th>");
    }

    private static void AppendRow(StringBuilder html, DataFrame frame, int row, Localizer text)
    {
        html.Append("<tr><td class=\"nq-num nq-na\">").Append(row.ToString("N0", text.Culture)).Append("</td>");
        foreach (var column in frame.Columns)
        {
            var value = column[row];
            html.Append(ColumnKinds.IsNumeric(column) ? "<td class=\"nq-num\">" : "<td>");
            html.Append(CellText.IsMissing(value) ? "<span class=\"nq-na\">—</span>" : Html.Cell(CellText.Format(value, text)));
            html.Append("</td>");
        }

        html.Append("</tr>");
    }

    private static void AppendPager(StringBuilder html, string id, long rows, int shown, int pages, Localizer text)
    {
        if (pages <= 1)
        {
            return;
        }

        // A few lines of script flip between pre-rendered pages; without scripts the first page still reads fine.
        html.Append("<div class=\"nq-pager\"><button type=\"button\" data-step=\"-1\">")
            .Append(Html.Encode(text["Frame_Previous"])).Append("</button><button type=\"button\" data-step=\"1\">")
            .Append(Html.Encode(text["Frame_Next"])).Append("</button><span data-label></span></div>");
        var label = Html.Encode(text["Frame_PageOf"]).Replace("'", "\\'", StringComparison.Ordinal);
        var more = shown < rows ? Html.Encode(text.Format("Frame_FirstRowsOnly", text.Number((long)shown))) : string.Empty;
        html.Append("<script>(function(){var r=document.getElementById('").Append(id)
            .Append("');if(!r)return;var b=r.querySelectorAll('tbody'),p=0,n=b.length,l=r.querySelector('[data-label]');")
            .Append("function s(){b.forEach(function(t,i){t.style.display=i===p?'':'none'});l.textContent=' '+'")
            .Append(label).Append("'.replace('{0}',p+1).replace('{1}',n)+'")
            .Append(more.Length > 0 ? " · " + more.Replace("'", "\\'", StringComparison.Ordinal) : string.Empty)
            .Append("';}r.querySelectorAll('[data-step]').forEach(function(x){x.onclick=function(){p=Math.min(n-1,Math.max(0,p+(+x.dataset.step)));s();};});s();})();</script>");
    }
}
