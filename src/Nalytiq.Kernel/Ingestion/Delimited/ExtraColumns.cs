using Nalytiq.Ingestion.Columns;

namespace Nalytiq.Ingestion.Delimited;

/// <summary>
/// Turns the values of rows longer than the header into extra columns (<c>Column4</c>, …), typed like any other
/// column from their values, missing in the rows that did not have them.
/// </summary>
internal static class ExtraColumns
{
    public static (string[] Names, string?[] SourceNames, ColumnBuilder[] Builders) Append(
        RaggedRows ragged, long rows, string[] names, string?[] sourceNames, ColumnBuilder[] builders, bool decimalComma)
    {
        var width = ragged.MaxFields;
        if (width <= names.Length)
        {
            return (names, sourceNames, builders);
        }

        var allNames = ColumnNames.MakeUnique([.. names, .. Enumerable.Repeat<string?>(null, width - names.Length)], out _);
        var extra = new ColumnBuilder[width - names.Length];
        for (var e = 0; e < extra.Length; e++)
        {
            var values = ragged.Extra.Select(x => e < x.Values.Length ? x.Values[e] : null).ToList();
            var (kind, style, comma) = TypeInference.Infer(values, decimalComma);
            extra[e] = Fill(ColumnBuilder.Create(kind, style, (int)rows, comma), ragged, e, rows);
            if (extra[e].NeedsTextPass)
            {
                extra[e] = Fill(new StringColumnBuilder((int)rows), ragged, e, rows);
            }
        }

        return (allNames, [.. sourceNames, .. new string?[extra.Length]], [.. builders, .. extra]);
    }

    private static ColumnBuilder Fill(ColumnBuilder builder, RaggedRows ragged, int e, long rows)
    {
        long row = 0;
        foreach (var (at, values) in ragged.Extra)
        {
            for (; row < at; row++)
            {
                builder.AppendMissing();
            }

            if (e < values.Length)
            {
                ColumnBuilder.Append(ref builder, values[e]);
            }
            else
            {
                builder.AppendMissing();
            }

            row++;
        }

        for (; row < rows; row++)
        {
            builder.AppendMissing();
        }

        return builder;
    }
}
