using System.IO.Compression;
using System.Xml;

namespace Nalytiq.Ingestion.Excel;

/// <summary>
/// What ExcelDataReader does not tell about a sheet, read from its XML: the merged ranges, the formula cells that
/// hold no cached value, the error cells (<c>#DIV/0!</c>…) and whether the workbook counts dates from 1904.
/// </summary>
internal sealed class SheetScan
{
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public List<CellRange> MergedRanges { get; } = [];

    /// <summary>Formula cells without a cached value (a workbook saved by a program that does not calculate).</summary>
    public HashSet<CellPosition> FormulasWithoutValue { get; } = [];

    /// <summary>Error cells and their error text.</summary>
    public Dictionary<CellPosition, string> Errors { get; } = [];

    public bool Date1904 { get; private set; }

    public static SheetScan Read(byte[] content, string sheet)
    {
        using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
        var scan = new SheetScan();
        string? relationId = null;
        using (var workbook = Open(zip, "xl/workbook.xml"))
        {
            while (workbook.Read())
            {
                if (workbook.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (workbook.LocalName == "workbookPr")
                {
                    scan.Date1904 = workbook.GetAttribute("date1904") is "1" or "true";
                }
                else if (workbook.LocalName == "sheet" && workbook.GetAttribute("name") == sheet)
                {
                    relationId = workbook.GetAttribute("id", RelationshipNamespace);
                }
            }
        }

        if (relationId is not null && SheetPart(zip, relationId) is { } part)
        {
            using var reader = Open(zip, part);
            scan.ReadSheet(reader);
        }

        return scan;
    }

    private static string? SheetPart(ZipArchive zip, string relationId)
    {
        using var rels = Open(zip, "xl/_rels/workbook.xml.rels");
        while (rels.Read())
        {
            if (rels.NodeType == XmlNodeType.Element && rels.LocalName == "Relationship" && rels.GetAttribute("Id") == relationId
                && rels.GetAttribute("Target") is { } target)
            {
                return target.StartsWith('/') ? target[1..] : "xl/" + target;
            }
        }

        return null;
    }

    private static XmlReader Open(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidDataException($"The workbook has no part {name}.");
        return XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
    }

    private void ReadSheet(XmlReader reader)
    {
        int row = 0, column = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "row":
                    row = int.TryParse(reader.GetAttribute("r"), out var r) ? r : row + 1;
                    column = 0;
                    break;
                case "c":
                    column = CellPosition.TryParse(reader.GetAttribute("r"), out var at) ? at.Column : column + 1;
                    ReadCell(reader, new CellPosition(row, column));
                    break;
                case "mergeCell" when CellRange.TryParse(reader.GetAttribute("ref"), out var range):
                    MergedRanges.Add(range);
                    break;
            }
        }
    }

    private void ReadCell(XmlReader reader, CellPosition position)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        bool formula = false, value = false;
        string? text = null;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != depth + 1)
            {
                continue;
            }

            if (reader.LocalName == "f")
            {
                formula = true;
            }
            else if (reader.LocalName is "v" or "is")
            {
                text = reader.LocalName == "v" ? reader.ReadElementContentAsString() : "inline";
                value = text.Length > 0;
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }
        }

        if (type == "e" && value)
        {
            Errors[position] = text!;
        }
        else if (formula && !value)
        {
            FormulasWithoutValue.Add(position);
        }
    }
}
