using System.Globalization;
using System.Text;
using Nalytiq.Export;
using Nalytiq.Ingestion;

namespace Nalytiq.Extensions.Formatters;

/// <summary>HTML and plain text of the export card and the export progress line, in the session language.</summary>
internal static class ExportFormatter
{
    public static string ToHtml(ExportView view)
    {
        var text = view.Text;
        var html = new StringBuilder(1024);
        html.Append(Html.Style).Append("<div class=\"nq\"><h3>").Append(Html.Encode(Title(view))).Append("</h3><table><tbody>");
        foreach (var (label, value) in Rows(view))
        {
            html.Append("<tr><th>").Append(Html.Encode(label)).Append("</th><td>").Append(Html.Encode(value)).Append("</td></tr>");
        }

        html.Append("</tbody></table><p class=\"nq-sub\">").Append(Html.Encode(text.Format("Export_Written", text.Duration(view.Result.Elapsed))))
            .Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(ExportView view)
    {
        var builder = new StringBuilder().AppendLine(Title(view));
        foreach (var (label, value) in Rows(view))
        {
            builder.Append("  ").Append(label).Append(": ").AppendLine(value);
        }

        return builder.ToString();
    }

    public static string ToHtml(ExportProgressView view)
    {
        var html = new StringBuilder(512);
        html.Append(Html.Style).Append("<div class=\"nq\"><b>").Append(Html.Encode(view.Text.Format("Export_Writing", view.FileName))).Append("</b> ");
        html.Append(view.Progress is { } progress
            ? $"<progress max=\"1000\" value=\"{((int)(progress.Fraction * 1000)).ToString(CultureInfo.InvariantCulture)}\"></progress> "
            : "<progress></progress> ");
        html.Append("<span class=\"nq-sub\">").Append(Html.Encode(Detail(view))).Append("</span></div>");
        return html.ToString();
    }

    public static string ToPlainText(ExportProgressView view) => view.Text.Format("Export_Writing", view.FileName) + " " + Detail(view);

    private static string Title(ExportView view) =>
        view.Text.Format(view.Result.Replaced ? "Export_TitleReplaced" : "Export_Title", view.Variable, Path.GetFileName(view.Result.Path));

    private static IEnumerable<(string Label, string Value)> Rows(ExportView view)
    {
        var (text, result) = (view.Text, view.Result);
        yield return (text["Export_File"], result.Path);
        yield return (text["Card_Format"], result.Format.ToString().ToLowerInvariant());
        if (result.Format is not (DataFormat.Html or DataFormat.Json) || result.Rows > 0)
        {
            yield return (text["Card_Rows"], text.Number(result.Rows));
        }

        yield return (text["Card_Columns"], text.Number((long)result.Columns));
        yield return (text["Card_Size"], text.Bytes(result.SizeBytes));
    }

    private static string Detail(ExportProgressView view)
    {
        var text = view.Text;
        return view.Progress is { } progress
            ? text.Format("Export_ProgressDetail", text.Number(progress.RowsWritten), text.Number(progress.TotalRows), text.Duration(view.Elapsed))
            : text.Duration(view.Elapsed);
    }
}
