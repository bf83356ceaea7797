using System.Globalization;
using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class CsvRoundTripTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_reads_every_cell_of_a_large_file_with_quoting_and_gaps_exactly()
    {
        var random = new Random(42);
        const int rows = 70_000;
        var ids = new int?[rows];
        var amounts = new double?[rows];
        var stamps = new DateTime?[rows];
        var notes = new string?[rows];
        var content = new StringBuilder("id;amount;stamp;note\r\n");
        var start = new DateTime(2023, 5, 1, 8, 0, 0);
        for (var i = 0; i < rows; i++)
        {
            ids[i] = random.Next(10) == 0 ? null : random.Next(-1000, 1_000_000);
            amounts[i] = random.Next(8) == 0 ? null : Math.Round(random.NextDouble() * 1000, 3);
            stamps[i] = random.Next(9) == 0 ? null : start.AddSeconds(random.Next(0, 100_000_000));
            notes[i] = random.Next(6) switch
            {
                0 => null,
                1 => "line one\nline two; with \"quotes\"",
                2 => "Kigali",
                _ => "note " + random.Next(100).ToString(CultureInfo.InvariantCulture),
            };
            content.Append(ids[i]?.ToString(CultureInfo.InvariantCulture)).Append(';')
                .Append(amounts[i]?.ToString("R", CultureInfo.InvariantCulture) ?? "NA").Append(';')
                .Append(stamps[i]?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)).Append(';')
                .Append(notes[i] is { } note ? "\"" + note.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : string.Empty).Append("\r\n");
        }

        _folder.Write("big.csv", content.ToString());

        var dataset = await _folder.UploadAsync("big.csv");

        dataset.RowCount.ShouldBe(rows);
        dataset.Warnings.ShouldBeEmpty();
        var id = dataset.Frame.Columns["id"].ShouldBeOfType<Int32DataFrameColumn>();
        var amount = dataset.Frame.Columns["amount"].ShouldBeOfType<DoubleDataFrameColumn>();
        var stamp = dataset.Frame.Columns["stamp"].ShouldBeOfType<DateTimeDataFrameColumn>();
        var text = dataset.Frame.Columns["note"].ShouldBeOfType<StringDataFrameColumn>();
        for (var i = 0; i < rows; i++)
        {
            id[i].ShouldBe(ids[i]);
            amount[i].ShouldBe(amounts[i]);
            stamp[i].ShouldBe(stamps[i]);
            text[i].ShouldBe(notes[i]);
        }

        dataset.Schema[0].MissingCount.ShouldBe(ids.Count(v => v is null));
        text.NullCount.ShouldBe(notes.Count(v => v is null));
    }

    [Fact]
    public async Task Upload_reads_a_wide_file_across_many_batches()
    {
        const int columns = 300;
        const int rows = 2_000;
        var content = new StringBuilder(string.Join(',', Enumerable.Range(0, columns).Select(c => "c" + c.ToString(CultureInfo.InvariantCulture)))).Append('\n');
        for (var r = 0; r < rows; r++)
        {
            content.AppendJoin(',', Enumerable.Range(0, columns).Select(c => ((r * columns) + c).ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        _folder.Write("wide.csv", content.ToString());

        var dataset = await _folder.UploadAsync("wide.csv");

        dataset.ColumnCount.ShouldBe(columns);
        dataset.RowCount.ShouldBe(rows);
        dataset.Frame.Columns["c299"][1999].ShouldBe((1999 * columns) + 299);
        dataset.Frame.Columns["c0"][777].ShouldBe(777 * columns);
    }

    [Fact]
    public async Task Upload_reads_a_large_file_with_carriage_return_line_ends()
    {
        var content = new StringBuilder("id,value\r");
        for (var i = 0; i < 120_000; i++)
        {
            content.Append(i).Append(",v").Append(i % 7).Append('\r');
        }

        _folder.Write("mac.csv", content.ToString());

        var dataset = await _folder.UploadAsync("mac.csv");

        dataset.RowCount.ShouldBe(120_000);
        dataset.Frame.Columns["id"][119_999].ShouldBe(119_999);
        dataset.Frame.Columns["value"][8].ShouldBe("v1");
    }

    [Fact]
    public async Task Upload_in_strict_mode_names_the_right_line_after_quoted_line_breaks()
    {
        _folder.Write("lines.csv", "a,b\n1,\"x\ny\"\n2,\"p\nq\nr\"\n3,\"unclosed\n4,z\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("lines.csv", new UploadOptions { Strict = true }));

        error.Row.ShouldBe(7);
        error.Column.ShouldBe(2);
    }

    [Fact]
    public async Task Upload_names_the_right_line_of_a_repaired_quote_after_quoted_line_breaks()
    {
        _folder.Write("lines.csv", "a,b\n1,\"x\ny\"\n2,\"p\nq\nr\"\n3,\"unclosed\n4,z\n");

        var dataset = await _folder.UploadAsync("lines.csv");

        dataset.RowCount.ShouldBe(4);
        dataset.Frame.Columns["b"][1].ShouldBe("p\nq\nr");
        dataset.Frame.Columns["b"][2].ShouldBe("\"unclosed");
        dataset.Warnings.Single(w => w.Key == "Csv_QuotesReadLiterally").Arguments[1].ShouldBe("7");
    }

    public void Dispose() => _folder.Dispose();
}
