using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class CsvDialectTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public async Task Upload_sniffs_the_delimiter(char delimiter)
    {
        var d = delimiter.ToString();
        _folder.Write("sales.csv", $"city{d}amount{d}note\nKigali{d}12{d}a, b; c\nHuye{d}7{d}x\nMusanze{d}3{d}y\n".Replace("a, b; c", delimiter == ',' ? "\"a, b; c\"" : "a b c", StringComparison.Ordinal));

        var dataset = await _folder.UploadAsync("sales.csv");

        dataset.Dialect.Delimiter.ShouldBe(delimiter);
        dataset.Dialect.Format.ShouldBe(DataFormat.Csv);
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["city", "amount", "note"]);
        dataset.RowCount.ShouldBe(3);
        dataset.Frame.Columns["amount"].ShouldBeOfType<Int32DataFrameColumn>();
    }

    [Fact]
    public async Task Upload_reads_a_tsv_file_as_tab_separated()
    {
        _folder.Write("scores.tsv", "name\tscore\nAda\t9.5\nBob\t7\n");

        var dataset = await _folder.UploadAsync("scores.tsv");

        dataset.Dialect.Format.ShouldBe(DataFormat.Tsv);
        dataset.Dialect.Delimiter.ShouldBe('\t');
        dataset.Frame.Columns["score"][0].ShouldBe(9.5);
    }

    [Fact]
    public async Task Upload_keeps_quoted_delimiters_and_line_breaks_inside_fields()
    {
        _folder.Write("notes.csv", "id,text\n1,\"hello, world\"\n2,\"two\nlines\"\n3,\"say \"\"hi\"\"\"\n");

        var dataset = await _folder.UploadAsync("notes.csv");

        dataset.RowCount.ShouldBe(3);
        dataset.Frame.Columns["text"][0].ShouldBe("hello, world");
        dataset.Frame.Columns["text"][1].ShouldBe("two\nlines");
        dataset.Frame.Columns["text"][2].ShouldBe("say \"hi\"");
    }

    [Fact]
    public async Task Upload_detects_a_header_above_typed_rows()
    {
        _folder.Write("h.csv", "year,value\n2020,1.5\n2021,2.5\n");

        var dataset = await _folder.UploadAsync("h.csv");

        dataset.Dialect.HasHeader.ShouldBeTrue();
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["year", "value"]);
        dataset.RowCount.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_detects_a_file_without_header()
    {
        _folder.Write("n.csv", "2020,1.5,true\n2021,2.5,false\n2022,3.5,true\n");

        var dataset = await _folder.UploadAsync("n.csv");

        dataset.Dialect.HasHeader.ShouldBeFalse();
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["Column1", "Column2", "Column3"]);
        dataset.RowCount.ShouldBe(3);
        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.Int32, ColumnKind.Double, ColumnKind.Boolean]);
    }

    [Fact]
    public async Task Upload_treats_a_repeating_text_first_row_as_data()
    {
        _folder.Write("t.csv", "red,big\nblue,small\nred,small\n");

        var dataset = await _folder.UploadAsync("t.csv");

        dataset.Dialect.HasHeader.ShouldBeFalse();
        dataset.RowCount.ShouldBe(3);
    }

    [Theory]
    [InlineData(HeaderMode.Yes, 2, "a")]
    [InlineData(HeaderMode.No, 3, "Column1")]
    public async Task Upload_follows_the_header_option(HeaderMode mode, int rows, string firstName)
    {
        _folder.Write("x.csv", "a,b\nc,d\ne,f\n");

        var dataset = await _folder.UploadAsync("x.csv", new UploadOptions { Header = mode });

        dataset.RowCount.ShouldBe(rows);
        dataset.Frame.Columns[0].Name.ShouldBe(firstName);
    }

    [Fact]
    public async Task Upload_makes_empty_and_repeated_column_names_unique_and_says_so()
    {
        _folder.Write("dup.csv", "name,,name,score,name_2\nAda,1,x,3,y\n");

        var dataset = await _folder.UploadAsync("dup.csv", new UploadOptions { Header = HeaderMode.Yes });

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["name", "Column2", "name_3", "score", "name_2"]);
        dataset.Schema[0].SourceName.ShouldBeNull();
        dataset.Schema[1].SourceName.ShouldBe(string.Empty);
        dataset.Schema[2].SourceName.ShouldBe("name");
        dataset.Warnings.ShouldContain(w => w.Key == "Upload_ColumnsRenamed");
    }

    [Fact]
    public async Task Upload_honours_an_explicit_delimiter_and_format()
    {
        _folder.Write("data.dat", "a;b\n1;2\n");

        var dataset = await _folder.UploadAsync("data.dat", new UploadOptions { Format = DataFormat.Csv, Delimiter = ';' });

        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["a", "b"]);
    }

    public void Dispose() => _folder.Dispose();
}
