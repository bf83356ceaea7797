using System.Text;
using Microsoft.Win32.SafeHandles;
using Nalytiq.Ingestion.Columns;
using Nalytiq.Ingestion.Text;
using Nalytiq.Localization;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>Detects encoding, delimiter, header and column types from the head of the file and a spread sample.</summary>
internal static class CsvSniffer
{
    private const int HeadBytes = 1 << 20;

    public static CsvLayout Sniff(
        SafeFileHandle file, long length, string path, UploadOptions options, DataFormat format, Encoding? encodingOverride, bool lenient, List<LocalizedText> warnings, CancellationToken cancellationToken)
    {
        if (options.Delimiter is { } given && (given is '"' or '\r' or '\n' || char.IsLetterOrDigit(given)))
        {
            throw new IngestException(new LocalizedText("Csv_InvalidDelimiter", given.ToString()), path);
        }

        if (options.Comment is { } comment && (comment is '"' or '\r' or '\n' or CsvDialect.NoComment || comment == options.Delimiter || char.IsWhiteSpace(comment)))
        {
            throw new IngestException(new LocalizedText("Csv_InvalidComment", comment.ToString()), path);
        }

        if (options.SkipRows is < 0)
        {
            throw new IngestException(new LocalizedText("Csv_InvalidSkipRows", options.SkipRows.Value), path);
        }

        var head = new byte[(int)Math.Min(length, HeadBytes)];
        head = head[..RandomAccess.Read(file, head, 0)];
        var wholeFile = head.Length == length;
        var fellBack = false;
        var encoding = encodingOverride
            ?? (options.Encoding is { } name ? TextEncodings.Resolve(name, path) : TextEncodings.Detect(head, wholeFile, out fellBack));
        if (fellBack)
        {
            warnings.Add(new LocalizedText("Upload_EncodingFallback"));
        }

        var preamble = TextEncodings.PreambleLength(head, encoding);
        if (BinaryContent.IsLikelyBinary(head.AsSpan(preamble), encoding))
        {
            throw new IngestException(new LocalizedText("Csv_BinaryFile", path), path);
        }

        var text = CsvSampler.Lenient(encoding).GetString(head, preamble, head.Length - preamble);
        if (!wholeFile)
        {
            text = text[..(text.AsSpan().LastIndexOfAny('\r', '\n') + 1)];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new IngestException(new LocalizedText(wholeFile ? "Upload_EmptyFile" : "Csv_NoLineBreak", path), path);
        }

        var dialect = DialectChooser.Choose(text, path, options, format, lenient, warnings);
        text = PreambleDetector.After(text, dialect.SkipLines);
        var sampleSize = Math.Max(options.InferenceSampleRows, 1);
        var headRows = CsvSampler.ReadRows(text, dialect, wholeFile ? int.MaxValue : (sampleSize / 4) + 1);
        if (headRows.Count == 0)
        {
            // Nothing parsed although there is text: the first record itself is malformed; report where.
            using var probe = new CsvRecordReader(new StringReader(text), dialect with { SkipLines = 0 }, skipHeader: false, path);
            while (probe.Read())
            {
            }

            throw new IngestException(new LocalizedText("Upload_EmptyFile", path), path);
        }

        var firstRow = headRows[0];
        var columnCount = firstRow.Length;
        var bytesPerRow = (double)head.Length / (wholeFile ? headRows.Count : Math.Max(1, CountLines(text)));
        var sample = headRows.Skip(1).Where(r => r.Length == columnCount).ToList();
        if (wholeFile)
        {
            sample = [.. TableAssembler.Spread(sample, sampleSize)];
        }
        else
        {
            sample.AddRange(CsvSampler.ReadSpread(file, head.Length, length - head.Length, encoding, dialect, columnCount, sampleSize - sample.Count, bytesPerRow, cancellationToken));
        }

        var decimalComma = dialect.Delimiter != ',';
        var inferred = Infer(sample, columnCount, decimalComma);
        var hasHeader = options.Header switch
        {
            HeaderMode.Yes => true,
            HeaderMode.No => false,
            _ => HeaderDetector.LooksLikeHeader(firstRow, sample, [.. inferred.Select(i => i.Kind)]),
        };
        if (!hasHeader)
        {
            inferred = Infer([firstRow, .. sample], columnCount, decimalComma);
        }

        var sourceNames = new string?[columnCount];
        var names = hasHeader ? ColumnNames.MakeUnique(firstRow, out sourceNames) : ColumnNames.Generated(columnCount);
        var estimatedRows = (int)Math.Min(Array.MaxLength, (length / Math.Max(bytesPerRow, 1) * 1.02) + 16);
        return new CsvLayout(encoding, preamble, dialect, hasHeader, names, sourceNames, [.. inferred.Select(i => i.Kind)], [.. inferred.Select(i => i.DateStyle)], [.. inferred.Select(i => i.DecimalComma)], estimatedRows);
    }

    private static List<(ColumnKind Kind, DateStyle DateStyle, bool DecimalComma)> Infer(List<string?[]> sample, int columnCount, bool decimalComma) =>
        [.. Enumerable.Range(0, columnCount).Select(c => TypeInference.Infer(sample.Select(r => c < r.Length ? r[c] : null), decimalComma))];

    private static int CountLines(string text)
    {
        var lines = text.AsSpan().Count('\n');
        return lines > 0 ? lines : text.AsSpan().Count('\r');
    }
}
