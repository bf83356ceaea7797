using System.Globalization;
using System.Text;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

internal static class UploadProgressFormatter
{
    public static string ToHtml(UploadProgressView view, Localizer text)
    {
        var html = new StringBuilder(1024);
        html.Append(Html.Style).Append("<div class=\"nq\"><b>").Append(Html.Encode(text.Format("Upload_Loading", view.FileName))).Append("</b> ");
        if (view.Progress is { } progress && progress.TotalBytes > 0)
        {
            html.Append("<progress max=\"1000\" value=\"")
                .Append(((int)(progress.Fraction * 1000)).ToString(CultureInfo.InvariantCulture)).Append("\"></progress> ");
        }
        else
        {
            html.Append("<progress></progress> ");
        }

        html.Append("<span class=\"nq-sub\">").Append(Html.Encode(Detail(view, text))).Append("</span></div>");
        return html.ToString();
    }

    public static string ToPlainText(UploadProgressView view, Localizer text) =>
        text.Format("Upload_Loading", view.FileName) + " " + Detail(view, text);

    private static string Detail(UploadProgressView view, Localizer text)
    {
        if (view.Progress is not { } progress)
        {
            return text.Duration(view.Elapsed);
        }

        return text.Format(
            "Upload_ProgressDetail",
            text[$"Stage_{progress.Stage}"],
            text.Bytes(progress.BytesRead),
            text.Bytes(progress.TotalBytes),
            text.Number(progress.Rows),
            text.Duration(view.Elapsed));
    }
}
