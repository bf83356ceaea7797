using System.Text;
using Nalytiq.Charts;
using Nalytiq.Ingestion;
using Nalytiq.Localization;

namespace Nalytiq.Extensions.Formatters;

/// <summary>The upload card: what was loaded, how it was read, each column's type and missing share, and warnings.</summary>
internal static class DatasetFormatter
{
    private const int SampleCount = 3;
    private const int SampleScanRows = 2_000;

    public static string ToHtml(Dataset dataset, Localizer text, ChartDrawer? renderChart)
    {
        var html = new StringBuilder(8192);
        html.Append(Html.Style).Append("<div class=\"nq\">");
        html.Append("<h3>").Append(Html.Encode(dataset.Name))
            .Append(" <span class=\"nq-sub\">← ").Append(Html.Encode(Path.GetFileName(dataset.Source))).Append("</span></h3>");
        AppendChips(html, dataset, text);
        AppendWarnings(html, dataset, text);
        AppendColumns(html, dataset, text);
        AppendMissingChart(html, dataset, text, renderChart);
        html.Append("<p class=\"nq-sub\">")
            .Append(Html.Encode(text.Format("Card_NextStep", dataset.Name)))
            .Append("</p></div>");
        return html.ToString();
    }

    public static string ToPlainText(Dataset dataset, Localizer text)
    {
        var builder = new StringBuilder();
        builder.AppendLine(text.Format("Card_PlainTitle", dataset.Name, text.Number(dataset.RowCount), text.Number((long)dataset.ColumnCount), Path.GetFileName(dataset.Source)));
        foreach (var column in dataset.Schema)
        {
            var ratio = dataset.RowCount == 0 ? 0 : (double)column.MissingCount / dataset.RowCount;
            builder.AppendLine(string.Create(text.Culture, $"  {column.Name}: {ColumnKindNames.Name(column.Kind, text)}, {text.Format("Frame_Missing", text.Percent(ratio))}"));
        }

        foreach (var warning in dataset.Warnings)
        {
            builder.AppendLine("  ! " + warning.ToString(text));
        }

        builder.AppendLine("  " + text.Format("Card_FingerprintLine", dataset.ShortFingerprint, text.Duration(dataset.Elapsed)));
        return builder.ToString();
    }

    private static void AppendChips(StringBuilder html, Dataset dataset, Localizer text)
    {
        var dialect = dataset.Dialect;
        html.Append("<div class=\"nq-chips\">");
        Chip(html, text["Card_Rows"], text.Number(dataset.RowCount));
        Chip(html, text["Card_Columns"], text.Number((long)dataset.ColumnCount));
        Chip(html, text["Card_Format"], dialect.Format.ToString().ToUpperInvariant() + (dialect.Sheet is null ? string.Empty : $" · {dialect.Sheet}"));
        if (dialect.Encoding is not null)
        {
            Chip(html, text["Card_Encoding"], dialect.Encoding);
        }

        if (dialect.Delimiter is { } delimiter)
        {
            Chip(html, text["Card_Delimiter"], delimiter == '\t' ? text["Card_Tab"] : $"'{delimiter}'");
        }

        if (dialect.Format is DataFormat.Csv or DataFormat.Tsv or DataFormat.Xlsx)
        {
            Chip(html, text["Card_Header"], text[dialect.HasHeader ? "Value_Yes" : "Value_No"]);
        }

        Chip(html, text["Card_Size"], text.Bytes(dataset.SizeBytes));
        // data-nalytiq-* mark the fingerprint for `nalytiq run --report`, which lists every dataset in its header (docs/reports.md).
        html.Append("<span data-nalytiq-fingerprint=\"").Append(Html.Encode(dataset.Fingerprint))
            .Append("\" data-nalytiq-dataset=\"").Append(Html.Encode(dataset.Name))
            .Append("\" title=\"").Append(Html.Encode(dataset.Fingerprint)).Append("\"><b>")
            .Append(Html.Encode(text["Card_Fingerprint"])).Append("</b> <code>")
            .Append(Html.Encode(dataset.ShortFingerprint)).Append("</code></span>");
        var rowsPerSecond = dataset.Elapsed.TotalSeconds > 0 ? dataset.RowCount / dataset.Elapsed.TotalSeconds : 0;
        Chip(html, text["Card_Loaded"], text.Format(
            "Card_LoadedIn",
            text.Duration(dataset.Elapsed),
            text.Bytes((long)dataset.BytesPerSecond),
            text.Number(rowsPerSecond)));
        html.Append("</div>");
    }

    private static void Chip(StringBuilder html, string label, string value) =>
        html.Append("<span><b>").Append(Html.Encode(label)).Append("</b> ").Append(Html.Encode(value)).Append("</span>");

    private static void AppendWarnings(StringBuilder html, Dataset dataset, Localizer text)
    {
        foreach (var warning in dataset.Warnings)
        {
            html.Append("<div class=\"nq-warn\">⚠ ").Append(Html.Encode(warning.ToString(text))).Append("</div>");
        }
    }

    private static void AppendColumns(StringBuilder html, Dataset dataset, Localizer text)
    {
        html.Append("<table><thead><tr><th>").Append(Html.Encode(text["Card_Column"]))
            .Append("</th><th>").Append(Html.Encode(text["Card_Type"]))
            .Append("</th><th>").Append(Html.Encode(text["Card_Missing"]))
            .Append("</th><th>").Append(Html.Encode(text["Card_Samples"])).Append("</th></tr></thead><tbody>");
        foreach (var column in dataset.Schema)
        {
            var ratio = dataset.RowCount == 0 ? 0 : (double)column.MissingCount / dataset.RowCount;
            html.Append("<tr><td><b>").Append(Html.Encode(column.Name)).Append("</b>");
            if (column.SourceName is { } source)
            {
                html.Append(" <span class=\"nq-na\" title=\"").Append(Html.Encode(text["Card_RenamedFrom"])).Append("\">(")
                    .Append(Html.Encode(source.Length == 0 ? "∅" : source)).Append(")</span>");
            }

            html.Append("</td><td>").Append(Html.Encode(ColumnKindNames.Name(column.Kind, text)))
                .Append("</td><td class=\"nq-num\"><span class=\"nq-bar\" style=\"width:")
                .Append(Math.Round(ratio * 60).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("px\"></span>")
                .Append(Html.Encode(text.Percent(ratio))).Append("</td><td>")
                .Append(Html.Encode(string.Join(" · ", Samples(dataset, column.Name, text)))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static List<string> Samples(Dataset dataset, string columnName, Localizer text)
    {
        var column = dataset.Frame.Columns[columnName];
        var samples = new List<string>(SampleCount);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var scan = Math.Min(column.Length, SampleScanRows);
        for (long row = 0; row < scan && samples.Count < SampleCount; row++)
        {
            var value = column[row];
            if (!CellText.IsMissing(value))
            {
                var shown = CellText.Format(value, text);
                shown = shown.Length > 40 ? shown[..39] + "…" : shown;
                if (seen.Add(shown))
                {
                    samples.Add(shown);
                }
            }
        }

        return samples;
    }

    private static void AppendMissingChart(StringBuilder html, Dataset dataset, Localizer text, ChartDrawer? renderChart)
    {
        var missing = dataset.Schema.Where(c => c.MissingCount > 0).ToList();
        if (missing.Count == 0)
        {
            html.Append("<p>").Append(Html.Encode(text["Card_NoMissing"])).Append("</p>");
            return;
        }

        if (renderChart is null)
        {
            return;
        }

        var chart = new BarChart(
            text["Chart_MissingTitle"],
            text["Card_Column"],
            text["Chart_MissingAxis"],
            [.. missing.Select(c => c.Name)],
            [.. missing.Select(c => dataset.RowCount == 0 ? 0 : 100.0 * c.MissingCount / dataset.RowCount)]);
        try
        {
            html.Append(renderChart(chart));
        }
        catch (NalytiqException e)
        {
            html.Append("<div class=\"nq-warn\">").Append(Html.Encode(e.Localize(text))).Append("</div>");
        }
    }
}
