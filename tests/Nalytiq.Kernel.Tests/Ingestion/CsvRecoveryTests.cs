using System.Text;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

/// <summary>The repairs of delimited text: each keeps every value and says what it did, and strict mode refuses it.</summary>
public sealed class CsvRecoveryTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_keeps_a_row_whose_first_field_starts_with_a_hash()
    {
        _folder.Write("tags.csv", "tag,count\ncsharp,3\n#dotnet,5\n# of items,7\n");

        var dataset = await _folder.UploadAsync("tags.csv");

        dataset.RowCount.ShouldBe(3);
        Column(dataset, "tag").ShouldBe(["csharp", "#dotnet", "# of items"]);
        Column(dataset, "count").ShouldBe(["3", "5", "7"]);
        dataset.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_skips_lines_starting_with_the_comment_character_it_is_given_and_counts_them()
    {
        _folder.Write("notes.csv", "# exported by a tool\ntag,count\ncsharp,3\n# a note, with \"quotes\n;dotnet,5\n");

        var dataset = await _folder.UploadAsync("notes.csv", new UploadOptions { Comment = '#' });

        Column(dataset, "tag").ShouldBe(["csharp", ";dotnet"]);
        var warning = dataset.Warnings.Single(w => w.Key == "Csv_CommentRows");
        warning.Arguments[0].ShouldBe(2L);
        warning.Arguments[1].ShouldBe("#");
        warning.Arguments[2].ShouldBe("1, 4");
    }

    [Fact]
    public async Task Upload_rejects_rather_than_drops_a_line_starting_with_the_noncharacter_the_reader_uses_as_no_comment()
    {
        _folder.Write("odd.csv", "tag,count\ncsharp,3\n\uFFFFdotnet,5\nfsharp,1\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("odd.csv"));

        error.Text.Key.ShouldBe("Csv_Noncharacter");
        error.Row.ShouldBe(3);
    }

    [Theory]
    [InlineData('"')]
    [InlineData(',')]
    [InlineData(' ')]
    public async Task Upload_rejects_a_comment_character_that_cannot_mark_a_comment(char comment)
    {
        _folder.Write("a.csv", "a,b\n1,2\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("a.csv", new UploadOptions { Comment = comment, Delimiter = ',' }));

        error.Text.Key.ShouldBe("Csv_InvalidComment");
    }

    [Fact]
    public async Task Upload_reads_a_field_with_a_stray_quote_literally_and_keeps_the_row()
    {
        _folder.Write("titles.tsv", ImdbLikeTsv(out var badLine));

        var dataset = await _folder.UploadAsync("titles.tsv");

        dataset.RowCount.ShouldBe(3000);
        var row = badLine - 2;
        dataset.Frame.Columns["primaryTitle"][row].ShouldBe("\"Swing it\" magistern");
        dataset.Frame.Columns["startYear"][row].ShouldBe(1940);
        dataset.Frame.Columns["primaryTitle"][row + 1].ShouldBe("Title " + (row + 1));
        var warning = dataset.Warnings.Single(w => w.Key == "Csv_QuotesReadLiterally");
        warning.Arguments[0].ShouldBe(1L);
        warning.Arguments[1].ShouldBe(badLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Upload_in_strict_mode_rejects_a_stray_quote_naming_row_and_column()
    {
        _folder.Write("titles.tsv", ImdbLikeTsv(out var badLine));

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("titles.tsv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_MalformedField");
        error.Row.ShouldBe(badLine);
        error.Column.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_reads_an_unclosed_quote_literally_instead_of_swallowing_the_rest_of_the_file()
    {
        _folder.Write("quote.csv", "id,name,city\n1,Ada,Kigali\n2,\"Bob,Huye\n3,Cy,Musanze\n");

        var dataset = await _folder.UploadAsync("quote.csv");

        dataset.RowCount.ShouldBe(3);
        Column(dataset, "name").ShouldBe(["Ada", "\"Bob", "Cy"]);
        Column(dataset, "city").ShouldBe(["Kigali", "Huye", "Musanze"]);
        dataset.Warnings.Single(w => w.Key == "Csv_QuotesReadLiterally").Arguments[1].ShouldBe("3");
    }

    [Fact]
    public async Task Upload_reads_literally_a_quote_that_would_close_more_than_a_thousand_lines_later()
    {
        var text = new StringBuilder("id,note\n1,\"opens here\n");
        for (var i = 2; i < 1500; i++)
        {
            text.Append(i).Append(",plain\n");
        }

        text.Append("1500,closes here\"\n");
        _folder.Write("runaway.csv", text.ToString());

        var dataset = await _folder.UploadAsync("runaway.csv");

        dataset.RowCount.ShouldBe(1500);
        dataset.Frame.Columns["note"][0].ShouldBe("\"opens here");
        dataset.Frame.Columns["note"][1499].ShouldBe("closes here\"");
        dataset.Warnings.ShouldContain(w => w.Key == "Csv_QuotesReadLiterally");
    }

    [Fact]
    public async Task Upload_keeps_a_quoted_field_that_spans_lines_and_a_stray_quote_in_one_file()
    {
        _folder.Write("mixed.csv", "id,note\n1,\"two\nlines\"\n2,\"odd\" one\n3,\"a \"\"b\"\"\"\n");

        var dataset = await _folder.UploadAsync("mixed.csv");

        Column(dataset, "note").ShouldBe(["two\nlines", "\"odd\" one", "a \"b\""]);
        dataset.Warnings.Single(w => w.Key == "Csv_QuotesReadLiterally").Arguments[1].ShouldBe("4");
    }

    [Fact]
    public async Task Upload_skips_a_title_line_above_the_header_with_a_warning()
    {
        _folder.Write("harvest.csv", "Harvest report 2025\n\nregion,crop,tonnes\nNorth,maize,12\nSouth,beans,7\n");

        var dataset = await _folder.UploadAsync("harvest.csv");

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["region", "crop", "tonnes"]);
        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns["tonnes"][1].ShouldBe(7);
        var warning = dataset.Warnings.Single(w => w.Key == "Csv_PreambleSkipped");
        warning.Arguments[0].ShouldBe(2);
        warning.Arguments[1].ShouldBe("Harvest report 2025");
    }

    [Fact]
    public async Task Upload_skips_a_title_exported_with_empty_cells()
    {
        _folder.Write("harvest.csv", "Harvest report 2025,,\nregion,crop,tonnes\nNorth,maize,12\n");

        var dataset = await _folder.UploadAsync("harvest.csv");

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["region", "crop", "tonnes"]);
        dataset.Warnings.ShouldContain(w => w.Key == "Csv_PreambleSkipped");
    }

    [Fact]
    public async Task Upload_does_not_mistake_a_quoted_field_spanning_lines_for_a_title()
    {
        _folder.Write("quoted.csv", "\"hello\nworld\",\"5\"\n\"what,\n brings, you here\n , today\",\"6\"\n");

        var dataset = await _folder.UploadAsync("quoted.csv", new UploadOptions { Header = HeaderMode.No });

        dataset.Warnings.ShouldBeEmpty();
        Column(dataset, "Column1").ShouldBe(["hello\nworld", "what,\n brings, you here\n , today"]);
    }

    [Fact]
    public async Task Upload_keeps_a_header_shorter_than_its_rows_as_the_header()
    {
        _folder.Write("short-header.csv", "a,b\n1,2,3\n4,5,6\n");

        var dataset = await _folder.UploadAsync("short-header.csv");

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["a", "b", "Column3"]);
        dataset.Warnings.ShouldNotContain(w => w.Key == "Csv_PreambleSkipped");
    }

    [Fact]
    public async Task Upload_takes_the_delimiter_from_an_excel_sep_line_and_skips_it()
    {
        _folder.Write("excel.csv", "sep=;\nname;amount\nAda;2,5\nBob;3\n");

        var dataset = await _folder.UploadAsync("excel.csv");

        dataset.Dialect.Delimiter.ShouldBe(';');
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["name", "amount"]);
        dataset.Frame.Columns["amount"][0].ShouldBe(2.5);
        dataset.Warnings.Single(w => w.Key == "Csv_PreambleSkipped").Arguments[1].ShouldBe("sep=;");
    }

    [Fact]
    public async Task Upload_skips_the_lines_it_is_told_to_skip()
    {
        _folder.Write("report.csv", "Report,generated 2025-01-01\nby,someone\nregion,tonnes\nNorth,12\n");

        var dataset = await _folder.UploadAsync("report.csv", new UploadOptions { SkipRows = 2 });

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["region", "tonnes"]);
        dataset.RowCount.ShouldBe(1);
        dataset.Warnings.Single(w => w.Key == "Csv_PreambleSkipped").Arguments[0].ShouldBe(2);
    }

    [Fact]
    public async Task Upload_reads_a_title_line_as_data_when_told_to_skip_nothing()
    {
        _folder.Write("harvest.csv", "Harvest report 2025\nregion,crop\nNorth,maize\n");

        var dataset = await _folder.UploadAsync("harvest.csv", new UploadOptions { SkipRows = 0 });

        dataset.Warnings.ShouldNotContain(w => w.Key == "Csv_PreambleSkipped");
        dataset.Frame.Columns.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_in_strict_mode_rejects_a_detected_title_line()
    {
        _folder.Write("harvest.csv", "Harvest report 2025\nregion,crop,tonnes\nNorth,maize,12\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("harvest.csv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_PreambleStrict");
    }

    [Fact]
    public async Task Upload_rejects_a_negative_skip_count()
    {
        _folder.Write("a.csv", "a,b\n1,2\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("a.csv", new UploadOptions { SkipRows = -1 }));

        error.Text.Key.ShouldBe("Csv_InvalidSkipRows");
    }

    [Fact]
    public async Task Upload_keeps_the_values_of_a_long_row_in_an_extra_column()
    {
        _folder.Write("long.csv", "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n11,12,13,14,x\n");

        var dataset = await _folder.UploadAsync("long.csv");

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["a", "b", "c", "Column4", "Column5"]);
        dataset.RowCount.ShouldBe(4);
        dataset.Frame.Columns["Column4"].Cast<object?>().ShouldBe([null, 7, null, 14]);
        dataset.Frame.Columns["Column5"].Cast<object?>().ShouldBe([null, null, null, "x"]);
        var warning = dataset.Warnings.Single(w => w.Key == "Csv_LongRows");
        warning.Arguments[0].ShouldBe(2L);
        warning.Arguments[3].ShouldBe("3, 5");
    }

    [Fact]
    public async Task Upload_in_strict_mode_rejects_a_long_row_naming_it()
    {
        _folder.Write("long.csv", "a,b,c\n1,2,3\n4,5,6,7\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("long.csv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_RaggedRowStrict");
        error.Row.ShouldBe(3);
    }

    public void Dispose() => _folder.Dispose();

    private static string?[] Column(Dataset dataset, string name) =>
        [.. dataset.Frame.Columns[name].Cast<object?>().Select(v => v?.ToString())];

    // The shape of IMDb's title.basics.tsv: tab-separated, \N for missing, and one title that starts with a quote.
    private static string ImdbLikeTsv(out int badLine)
    {
        badLine = 2528;
        var text = new StringBuilder("tconst\tprimaryTitle\tstartYear\tgenres\n");
        for (var line = 2; line <= 3001; line++)
        {
            var title = line == badLine ? "\"Swing it\" magistern" : "Title " + (line - 2);
            text.Append("tt").Append(line.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).Append('\t')
                .Append(title).Append('\t').Append(line == badLine ? "1940" : (1900 + (line % 120)).ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\t')
                .Append(line % 7 == 0 ? "\\N" : "Drama,Comedy").Append('\n');
        }

        return text.ToString();
    }
}
