namespace Nalytiq.Ingestion.Columns;

/// <summary>Decides whether the first row of a file holds column names.</summary>
internal static class HeaderDetector
{
    /// <summary>
    /// A header is likely when a typed column (numbers, dates, booleans in the rows below) starts with a cell of
    /// another type. When every column is text, the first row is a header unless its cells recur in the data.
    /// </summary>
    public static bool LooksLikeHeader(IReadOnlyList<string?> firstRow, IReadOnlyList<string?[]> rows, IReadOnlyList<ColumnKind> kinds)
    {
        ArgumentNullException.ThrowIfNull(firstRow);
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(kinds);
        var typedEvidence = false;
        for (var c = 0; c < kinds.Count && c < firstRow.Count; c++)
        {
            var cell = firstRow[c];
            if (kinds[c] == ColumnKind.String || cell is null || MissingValues.IsMissing(cell))
            {
                continue;
            }

            if (!Fits(cell, kinds[c]))
            {
                return true;
            }

            typedEvidence = true;
        }

        if (rows.Count == 0)
        {
            // A single row is a header when none of its cells reads as a number, date or boolean.
            return firstRow.All(cell => cell is null || TypeInference.Infer([cell]).Kind == ColumnKind.String);
        }

        if (typedEvidence)
        {
            return false;
        }

        for (var c = 0; c < firstRow.Count; c++)
        {
            var cell = firstRow[c];
            if (!string.IsNullOrEmpty(cell) && rows.Any(r => c < r.Length && string.Equals(r[c], cell, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Fits(string cell, ColumnKind kind) => kind switch
    {
        ColumnKind.Boolean => ValueParsers.TryParseBoolean(cell, out _),
        ColumnKind.Int32 or ColumnKind.Int64 => ValueParsers.TryParseInt64(cell, out _),
        ColumnKind.Double => ValueParsers.TryParseDouble(cell, out _) || ValueParsers.TryParseDecimalComma(cell, out _),
        ColumnKind.DateTime => TypeInference.InferDateStyle([cell]) is not null,
        ColumnKind.Time => TimeText.TryParse(cell, out _),
        _ => true,
    };
}
