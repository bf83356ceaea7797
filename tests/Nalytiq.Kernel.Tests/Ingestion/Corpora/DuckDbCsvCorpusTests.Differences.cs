namespace Nalytiq.Tests.Ingestion.Corpora;

public sealed partial class DuckDbCsvCorpusTests
{
    private const string NoComment =
        "DuckDB detects '#' as a comment; we have no comment character unless --comment is given, so those lines stay rows (padded with a warning) and '#' text inside a line stays in its field";

    private const string MissingToken = "'null' / 'NA' are missing values for us (MissingValues); DuckDB keeps them as text";

    private const string DateAsText =
        "a date or time whose form we do not convert (day/month order no cell proves, two-digit or dotted years, 12-hour clock, a time of day, a zone name) stays text with the file's exact characters; DuckDB converts it";

    private const string BetterHeader = "our header decision differs from DuckDB's and keeps every value (the first row is data, or a one-line file is a header)";

    private const string OneColumnFallback =
        "DuckDB gives up on the delimiter and reads one column; we keep the comma and repair the ragged rows (short padded, long in extra columns) with a warning";

    private const string QuoteDialect =
        "DuckDB detects another quote dialect (backslash escapes, single quotes, or no quoting at all); we read RFC 4180 quotes and a field they do not enclose literally, with a warning";

    private const string Rejected = "we refuse the file with one localized message (empty, or NUL bytes: binary) where DuckDB returns rows";

    /// <summary>The files where we read something other than DuckDB on purpose, and why.</summary>
    private static Dictionary<string, string> Differences { get; } = new(StringComparer.Ordinal)
    {
        ["comments/big.csv"] = NoComment,
        ["comments/empty_space.csv"] = NoComment,
        ["comments/invalid_rows.csv"] = NoComment,
        ["comments/mid_line.csv"] = NoComment,
        ["comments/mid_line_header.csv"] = NoComment,
        ["comments/mid_line_null.csv"] = NoComment,
        ["comments/mid_line_quote.csv"] = NoComment,
        ["comments/midline_big.csv"] = NoComment,
        ["comments/midline_empty_space.csv"] = NoComment,
        ["comments/only_midline.csv"] = NoComment,
        ["comments/simple.csv"] = NoComment,
        ["comments/simple_comma.csv"] = NoComment,
        ["comments/simple_mid_line.csv"] = NoComment,

        ["aws_locations.csv"] = MissingToken,
        ["issue_13525/stat_bigrams.csv"] = MissingToken,
        ["null/multiple_nulls.csv"] = MissingToken,
        ["test/test_incompatible_type_with_nullable.csv"] = MissingToken,
        ["test/test_null_option.csv"] = MissingToken,

        ["auto/time.csv"] = DateAsText,
        ["auto/time_date_timestamp_dd-mm-yy.csv"] = DateAsText,
        ["auto/time_date_timestamp_mm-dd-yy.csv"] = DateAsText,
        ["auto/time_date_timestamp_mm-dd-yyyy.csv"] = DateAsText,
        ["auto/time_date_timestamp_trailing.csv"] = DateAsText + " (here with spaces around it, kept)",
        ["auto/time_date_timestamp_yy.mm.dd.csv"] = DateAsText,
        ["auto/time_date_timestamp_yyyy.mm.dd.csv"] = DateAsText,
        ["auto_date/date_example_2.csv"] = DateAsText,
        ["dates.csv"] = DateAsText,
        ["special_date.csv"] = DateAsText,
        ["timestamp_tz.csv"] = DateAsText,
        ["timestamp_with_tz.csv"] = DateAsText,
        ["sales_snippet.csv"] = "we read M/d/yyyy timestamps once a day above 12 settles the order; DuckDB keeps them as text",
        ["soccer_kaggle.csv"] = "Yes/No stay text for us; DuckDB reads them as booleans",

        ["auto/empty_header.csv"] = "an empty header row (,,) gives generated names for us; DuckDB reads it as a row of missing values",
        ["auto/various_time_formats.csv"] = BetterHeader,
        ["csv_quoted_newline_odd.csv"] = BetterHeader + " ('content' is its header)",
        ["inconsistencies/inconsistent_columns_3.csv"] = BetterHeader + "; rows longer than the header keep their values in an extra column",
        ["inconsistent_cells.csv"] = BetterHeader + "; rows longer than the header keep their values in extra columns",
        ["issue5077_aligned.csv"] = BetterHeader + "; the long row keeps its value in an extra column",
        ["multidelimiter/abac_newline_in_quote.csv"] = BetterHeader,
        ["multidelimiter/trailing_delimiter.csv"] = BetterHeader,
        ["multidelimiter/unterminated_escape.csv"] = BetterHeader,
        ["test/blob.csv"] = BetterHeader,
        ["test/dateformat.csv"] = BetterHeader,
        ["test/force_not_null.csv"] = BetterHeader,
        ["test/force_not_null_inull.csv"] = BetterHeader,
        ["test/force_quote.csv"] = BetterHeader,
        ["test/many_empty_lines.csv"] = BetterHeader,
        ["test/unterminated.csv"] = BetterHeader + "; the unclosed quote is read literally with a warning",
        ["test/windows_newline_empty.csv"] = BetterHeader,
        ["versions.csv"] = BetterHeader,
        ["real/ncvoter.csv"] = "NOT on purpose: our header detection takes this headerless, all-quoted file's first row for a header (a known weakness of the all-text rule)",

        ["test/error_too_little.csv"] = OneColumnFallback,
        ["test/error_too_little_end_of_filled_chunk.csv"] = OneColumnFallback,
        ["test/error_too_little_single.csv"] = OneColumnFallback,
        ["test/error_too_many.csv"] = OneColumnFallback,
        ["inconsistencies/inconsistent_columns_6.csv"] = OneColumnFallback,

        ["all_quotes.csv"] = QuoteDialect,
        ["auto/backslash_escape.csv"] = QuoteDialect,
        ["auto/single_quote_backslash.csv"] = QuoteDialect,
        ["auto/tab_single_quote.csv"] = QuoteDialect,
        ["auto/tab_single_quote_varchar.csv"] = QuoteDialect,
        ["bad_escape.csv"] = QuoteDialect,
        ["no_quote.csv"] = QuoteDialect,
        ["real/imdb_movie_info_escaped.csv"] = QuoteDialect,
        ["unescaped_quotes/stops.csv"] = QuoteDialect,
        ["validator/quoted_new_value.csv"] = QuoteDialect,
        ["empty_space_start_value.csv"] = "a space before an opening quote (, \"Score\"): we read such fields literally with a warning; DuckDB trims the space and unquotes",

        ["auto/duplicate_header_collision.csv"] = "repeated names are suffixed differently (a_1 is already taken: ours a_1_2... vs DuckDB a_1_1)",

        ["empty.csv"] = Rejected,
        ["test/empty.csv"] = Rejected,
        ["multidelimiter/file_ends_in_quoted_value.csv"] = Rejected + " (its only content is one empty quoted field)",
        ["null_terminator.csv"] = Rejected,
        ["nullbyte.csv"] = Rejected,
        ["nullbyte_header.csv"] = Rejected,
        ["nullterm.csv"] = Rejected,
    };
}
