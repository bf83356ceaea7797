using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class ExcelTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_reads_the_first_sheet_with_typed_columns()
    {
        _folder.WriteBytes("book.xlsx", Book());

        var dataset = await _folder.UploadAsync("book.xlsx");

        dataset.Dialect.Format.ShouldBe(DataFormat.Xlsx);
        dataset.Dialect.Sheet.ShouldBe("Sales");
        dataset.Dialect.HasHeader.ShouldBeTrue();
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["region", "units", "price", "day", "paid"]);
        dataset.RowCount.ShouldBe(3);
        dataset.Frame.Columns["units"].ShouldBeOfType<Int32DataFrameColumn>()[2].ShouldBe(7);
        dataset.Frame.Columns["price"].ShouldBeOfType<DoubleDataFrameColumn>()[0].ShouldBe(2.5);
        dataset.Frame.Columns["day"].ShouldBeOfType<DateTimeDataFrameColumn>()[1].ShouldBe(new DateTime(2024, 3, 2));
        dataset.Frame.Columns["paid"].ShouldBeOfType<BooleanDataFrameColumn>()[1].ShouldBe(false);
        dataset.Frame.Columns["price"][1].ShouldBeNull();
    }

    [Fact]
    public async Task Upload_reads_the_sheet_named_in_the_options()
    {
        _folder.WriteBytes("book.xlsx", Book());

        var dataset = await _folder.UploadAsync("book.xlsx", new UploadOptions { Sheet = "targets" });

        dataset.Dialect.Sheet.ShouldBe("Targets");
        dataset.Frame.Columns.Select(c => c.Name).ShouldBe(["region", "target"]);
        dataset.Frame.Columns["target"][0].ShouldBe(100);
    }

    [Fact]
    public async Task Upload_lists_the_sheets_when_the_named_one_is_missing()
    {
        _folder.WriteBytes("book.xlsx", Book());

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("book.xlsx", new UploadOptions { Sheet = "Budget" }));

        error.Text.Key.ShouldBe("Excel_SheetNotFound");
        error.Message.ShouldContain("'Sales', 'Targets'");
    }

    [Fact]
    public async Task Upload_rejects_a_corrupt_workbook_clearly()
    {
        var bytes = Book();
        Array.Fill(bytes, (byte)0x41, bytes.Length / 3, bytes.Length / 3);
        _folder.WriteBytes("broken.xlsx", bytes);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("broken.xlsx"));

        error.Text.Key.ShouldBe("Excel_Corrupt");
    }

    [Fact]
    public async Task Upload_rejects_text_renamed_to_xlsx()
    {
        _folder.Write("fake.xlsx", "a,b\n1,2\n");

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("fake.xlsx"));

        error.Text.Key.ShouldBe("Excel_Corrupt");
    }

    private static byte[] Book() => XlsxWriter.Create(
        ("Sales",
        [
            ["region", "units", "price", "day", "paid"],
            ["North", 12, 2.5, new DateTime(2024, 3, 1), true],
            ["South", 3, null, new DateTime(2024, 3, 2), false],
            ["East", 7, 4.25, new DateTime(2024, 3, 3), true],
        ]),
        ("Targets",
        [
            ["region", "target"],
            ["North", 100],
        ]));

    public void Dispose() => _folder.Dispose();
}
