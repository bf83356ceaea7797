using ExcelDataReader;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Excel;

/// <summary>Reads one sheet of an .xlsx workbook (the first, or the one named in the options) into a typed frame.</summary>
internal static partial class ExcelIngestor
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
        List<SheetRow> rows;
        string sheet;
        SheetScan scan;
        try
        {
            using var stream = new MemoryStream(content, writable: false);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            sheet = SelectSheet(reader, options.Sheet, path);
            scan = SheetScan.Read(content, sheet);
            rows = ReadRows(reader, scan, cancellationToken);
        }
        catch (Exception e) when (e is not (IngestException or OperationCanceledException))
        {
            throw new IngestException(new LocalizedText("Excel_Corrupt", path), path, innerException: e);
        }

        if (rows.Count == 0)
        {
            throw new IngestException(new LocalizedText("Excel_EmptySheet", sheet, path), path);
        }

        var repairs = new SheetRepairs(options.Strict, path);
        var table = SheetTable.Locate(rows, scan, repairs);
        var (frame, schema, hasHeader) = Assemble(table, options, repairs, cancellationToken);
        progress?.Report(new IngestProgress(IngestStage.Completed, content.Length, content.Length, frame.Rows.Count));
        var dialect = new SourceDialect(DataFormat.Xlsx, Encoding: null, Delimiter: null, hasHeader, sheet);
        return new LoadResult(frame, dialect, fingerprint, content.Length, schema, repairs.Warnings);
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

    // ExcelDataReader yields every sheet row from row 1 (empty ones too) and every column from A, so positions are the
    // sheet's own. Rows without a value are left out here; SheetTable says which ones were skipped.
    private static List<SheetRow> ReadRows(IExcelDataReader reader, SheetScan scan, CancellationToken cancellationToken)
    {
        var rows = new List<SheetRow>();
        var number = 0;
        while (reader.Read())
        {
            number++;
            if (number % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var cells = new ExcelCell[reader.FieldCount];
            var width = 0;
            for (var i = 0; i < cells.Length; i++)
            {
                var at = new CellPosition(number, i + 1);
                cells[i] = scan.Errors.ContainsKey(at) || scan.FormulasWithoutValue.Contains(at)
                    ? default
                    : ExcelCell.From(reader.GetValue(i), reader.GetNumberFormatString(i), scan.Date1904);
                if (cells[i].Type != CellType.Empty)
                {
                    width = i + 1;
                }
            }

            if (width > 0)
            {
                rows.Add(new SheetRow(number, width == cells.Length ? cells : cells[..width]));
            }
        }

        return rows;
    }
}
