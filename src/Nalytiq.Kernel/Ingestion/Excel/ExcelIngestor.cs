using System.Globalization;
using ExcelDataReader;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Excel;

/// <summary>Reads one sheet of an .xlsx workbook (the first, or the one named in the options) into a typed frame.</summary>
internal static class ExcelIngestor
{
    public static LoadResult Load(string path, UploadOptions options, IProgress<IngestProgress>? progress, CancellationToken cancellationToken)
    {
        var content = File.ReadAllBytes(path);
        if (content.Length == 0)
        {
            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        progress?.Report(new IngestProgress(IngestStage.Fingerprinting, content.Length, content.Length, 0));
        var fingerprint = Fingerprint.Of(content);
        progress?.Report(new IngestProgress(IngestStage.Reading, content.Length, content.Length, 0));
        _ = TextEncodings.StrictUtf8; // registers the code pages ExcelDataReader asks for
        List<string?[]> rows;
        string sheet;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            sheet = SelectSheet(reader, options.Sheet, path);
            rows = ReadRows(reader, cancellationToken);
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException(new LocalizedText("Excel_Corrupt", path), path, innerException: e);
        }

        if (rows.Count == 0)
        {
            throw new IngestException(new LocalizedText("Excel_EmptySheet", sheet, path), path);
        }

        var warnings = new List<LocalizedText>();
        var width = rows.Max(r => r.Length);
        var data = rows.Skip(1).ToList();
        var kinds = Enumerable.Range(0, width)
            .Select(c => TypeInference.Infer(TableAssembler.Spread(data, options.InferenceSampleRows).Select(r => c < r.Length ? r[c] : null)).Kind)
            .ToList();
        var hasHeader = options.Header switch
        {
            HeaderMode.Yes => true,
            HeaderMode.No => false,
            _ => HeaderDetector.LooksLikeHeader(rows[0], data, kinds),
        };
        var names = hasHeader
            ? Enumerable.Range(0, width).Select(c => c < rows[0].Length ? rows[0][c] : null).ToArray()
            : ColumnNames.Generated(width).Select(n => (string?)n).ToArray();
        var (frame, schema) = TableAssembler.Build(names, hasHeader ? data : rows, options.InferenceSampleRows, warnings, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Completed, content.Length, content.Length, frame.Rows.Count));
        var dialect = new SourceDialect(DataFormat.Xlsx, Encoding: null, Delimiter: null, hasHeader, sheet);
        return new LoadResult(frame, dialect, fingerprint, content.Length, schema, warnings);
    }

    private static string SelectSheet(IExcelDataReader reader, string? wanted, string path)
    {
        var sheets = new List<string>();
        do
        {
            if (wanted is null || string.Equals(reader.Name, wanted.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return reader.Name;
            }

            sheets.Add(reader.Name);
        }
        while (reader.NextResult());

        throw new IngestException(new LocalizedText("Excel_SheetNotFound", wanted, string.Join(", ", sheets.Select(s => $"'{s}'"))), path);
    }

    // Empty rows and trailing empty cells are common in workbooks (formatting, spacing); they are not data.
    private static List<string?[]> ReadRows(IExcelDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            if (rows.Count % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cells = new string?[reader.FieldCount];
            var width = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = Text(reader.GetValue(i));
                if (cells[i] is not null)
                {
                    width = i + 1;
                }
            }

            if (width > 0)
            {
                rows.Add(width == cells.Length ? cells : cells[..width]);
            }
        }

        return rows;
    }

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s,
        bool b => b ? "true" : "false",
        DateTime d => d.TimeOfDay == TimeSpan.Zero
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        double n => n.ToString("R", CultureInfo.InvariantCulture),
        TimeSpan t => t.ToString("c", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
