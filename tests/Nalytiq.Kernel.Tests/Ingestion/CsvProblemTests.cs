using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class CsvProblemTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_pads_short_rows_with_a_warning_naming_the_lines()
    {
        _folder.Write("ragged.csv", "a,b,c\n1,2,3\n4,5\n6,7,8\n10\n");

        var dataset = await _folder.UploadAsync("ragged.csv");

        dataset.RowCount.ShouldBe(4);
        dataset.Frame.Columns["c"][1].ShouldBeNull();
        dataset.Frame.Columns["c"][2].ShouldBe(8);
        var warning = dataset.Warnings.Single(w => w.Key == "Csv_RaggedRows");
        warning.Arguments[0].ShouldBe(2L);
        warning.Arguments[2].ShouldBe("3, 5");
    }

    [Fact]
    public async Task Upload_in_strict_mode_rejects_a_ragged_row_naming_it()
    {
        _folder.Write("ragged.csv", "a,b,c\n1,2,3\n\"x\ny\",5\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("ragged.csv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_RaggedRowStrict");
        error.Row.ShouldBe(3);
        error.Message.ShouldContain("Line 3");
    }

    [Fact]
    public async Task Upload_in_strict_mode_reports_row_and_column_of_an_unbalanced_quote()
    {
        _folder.Write("quote.csv", "id,name,city\n1,Ada,Kigali\n2,\"Bob,Huye\n3,Cy,Musanze\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("quote.csv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_UnbalancedQuote");
        error.Row.ShouldBe(3);
        error.Column.ShouldBe(2);
        error.Message.ShouldContain("Line 3, column 2");
    }

    [Fact]
    public async Task Upload_in_strict_mode_reports_an_unbalanced_quote_in_the_very_first_record()
    {
        _folder.Write("first.csv", "id,\"name\nAda,1\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("first.csv", new UploadOptions { Strict = true }));

        error.Text.Key.ShouldBe("Csv_UnbalancedQuote");
        error.Row.ShouldBe(1);
        error.Column.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_rejects_an_empty_file()
    {
        _folder.Write("empty.csv", string.Empty);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("empty.csv"));

        error.Text.Key.ShouldBe("Upload_EmptyFile");
    }

    [Fact]
    public async Task Upload_of_a_header_only_file_gives_the_columns_and_no_rows_with_a_warning()
    {
        _folder.Write("header.csv", "name,amount,date\n");

        var dataset = await _folder.UploadAsync("header.csv");

        dataset.RowCount.ShouldBe(0);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["name", "amount", "date"]);
        dataset.Warnings.ShouldContain(w => w.Key == "Upload_HeaderOnly");
    }

    [Fact]
    public async Task Upload_rejects_a_binary_file_given_as_csv()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x50;
        bytes[1] = 0x4B;
        _folder.WriteBytes("archive.csv", bytes);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("archive.csv"));

        error.Text.Key.ShouldBe("Csv_BinaryFile");
    }

    [Fact]
    public async Task Upload_rejects_an_unsupported_extension()
    {
        _folder.Write("picture.png", "not really");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("picture.png"));

        error.Text.Key.ShouldBe("Upload_UnsupportedFormat");
    }

    [Theory]
    [InlineData('"')]
    [InlineData('x')]
    [InlineData('\n')]
    public async Task Upload_rejects_a_delimiter_that_cannot_separate_fields(char delimiter)
    {
        _folder.Write("a.csv", "a,b\n1,2\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("a.csv", new UploadOptions { Delimiter = delimiter }));

        error.Text.Key.ShouldBe("Csv_InvalidDelimiter");
    }

    [Fact]
    public async Task Upload_skips_blank_lines()
    {
        _folder.Write("blank.csv", "\n\na,b\n1,2\n\n3,4\n\n");

        var dataset = await _folder.UploadAsync("blank.csv");

        dataset.RowCount.ShouldBe(2);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["a", "b"]);
        dataset.Frame.Columns["b"][1].ShouldBe(4);
        dataset.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_localizes_its_errors()
    {
        _folder.Write("quote.csv", "id,name\n1,\"Ada\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("quote.csv", new UploadOptions { Strict = true }));

        error.Localize(Nalytiq.Localization.Localizer.French).ShouldStartWith("Ligne 2, colonne 2");
        error.Localize(Nalytiq.Localization.Localizer.Kinyarwanda).ShouldStartWith("Umurongo 2, inkingi 2");
    }

    public void Dispose() => _folder.Dispose();
}
