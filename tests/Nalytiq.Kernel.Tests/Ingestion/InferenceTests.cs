using System.Text;
using Microsoft.Data.Analysis;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class InferenceTests : IDisposable
{
    private readonly UploadFolder _folder = new();

    [Fact]
    public async Task Upload_infers_each_column_type()
    {
        _folder.Write(
            "types.csv",
            "flag,small,big,ratio,day,stamp,minute,named,text\n"
            + "true,1,3000000000,1.5,2024-03-01,2024-03-01T13:05:00,2024-03-01 13:05,Jun 12 1998,a\n"
            + "False,-2,-4,2,2024-12-31,2024-03-02T00:00:01.25,2024-03-02 08:00,Jan 3 2001,b\n");

        var dataset = await _folder.UploadAsync("types.csv");

        dataset.Schema.Select(c => c.Kind).ShouldBe(
        [
            ColumnKind.Boolean, ColumnKind.Int32, ColumnKind.Int64, ColumnKind.Double, ColumnKind.DateTime,
            ColumnKind.DateTime, ColumnKind.DateTime, ColumnKind.DateTime, ColumnKind.String,
        ]);
        var frame = dataset.Frame;
        frame.Columns["flag"].ShouldBeOfType<BooleanDataFrameColumn>()[1].ShouldBe(false);
        frame.Columns["big"].ShouldBeOfType<Int64DataFrameColumn>()[0].ShouldBe(3_000_000_000L);
        frame.Columns["stamp"][0].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0));
        frame.Columns["stamp"][1].ShouldBe(new DateTime(2024, 3, 2, 0, 0, 1, 250));
        frame.Columns["minute"][0].ShouldBe(new DateTime(2024, 3, 1, 13, 5, 0));
        frame.Columns["named"][0].ShouldBe(new DateTime(1998, 6, 12));
        frame.Columns["day"].ShouldBeOfType<DateTimeDataFrameColumn>();
    }

    [Fact]
    public async Task Upload_reads_times_with_seconds_as_a_time_column_and_keeps_scores_and_hour_minutes_as_text()
    {
        _folder.Write(
            "times.csv",
            "start,lap,score,kickoff,ratio\n"
            + "13:05:00,0:01:02.5,3:1,13:05,1:2:3\n"
            + "07:30:15,36:00:00,10:12,19:30,2:3:4\n");

        var dataset = await _folder.UploadAsync("times.csv");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.Time, ColumnKind.Time, ColumnKind.String, ColumnKind.String, ColumnKind.String]);
        dataset.Frame.Columns["start"].ShouldBeOfType<PrimitiveDataFrameColumn<TimeSpan>>()[0].ShouldBe(new TimeSpan(13, 5, 0));
        dataset.Frame.Columns["lap"][0].ShouldBe(new TimeSpan(0, 0, 1, 2, 500));
        dataset.Frame.Columns["lap"][1].ShouldBe(TimeSpan.FromHours(36));
        dataset.Frame.Columns["score"][0].ShouldBe("3:1");
        dataset.Frame.Columns["kickoff"][1].ShouldBe("19:30");
    }

    [Fact]
    public async Task Upload_reads_a_time_column_with_a_later_non_time_as_text_exactly()
    {
        var rows = string.Concat(Enumerable.Range(0, 30_000).Select(i => $"{i % 24:00}:{i % 60:00}:00\n"));
        _folder.Write("late.csv", "at\n" + rows + "soon\n");

        var dataset = await _folder.UploadAsync("late.csv");

        dataset.Schema[0].Kind.ShouldBe(ColumnKind.String);
        dataset.Frame.Columns["at"][1].ShouldBe("01:01:00");
        dataset.Frame.Columns["at"][30_000].ShouldBe("soon");
    }

    [Fact]
    public async Task Upload_reads_slash_dates_only_when_the_order_is_provable()
    {
        _folder.Write("d.csv", "dayfirst,monthfirst,ambiguous\n12/06/1998,06/12/1998,01/02/2000\n25/12/2001,12/25/2001,03/04/2000\n");

        var dataset = await _folder.UploadAsync("d.csv");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.DateTime, ColumnKind.DateTime, ColumnKind.String]);
        dataset.Frame.Columns["dayfirst"][0].ShouldBe(new DateTime(1998, 6, 12));
        dataset.Frame.Columns["monthfirst"][0].ShouldBe(new DateTime(1998, 6, 12));
        dataset.Frame.Columns["ambiguous"][0].ShouldBe("01/02/2000");
    }

    [Fact]
    public async Task Upload_reads_decimal_commas_in_a_semicolon_file()
    {
        _folder.Write("fr.csv", "Nom;Montant;Quantité\nDupont;1,5;3\nMartin;-2,75;4\nNgabo;10;NA\n");

        var dataset = await _folder.UploadAsync("fr.csv");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.String, ColumnKind.Double, ColumnKind.Int32]);
        dataset.Frame.Columns["Montant"][0].ShouldBe(1.5);
        dataset.Frame.Columns["Montant"][1].ShouldBe(-2.75);
        dataset.Frame.Columns["Montant"][2].ShouldBe(10.0);
    }

    [Fact]
    public async Task Upload_keeps_comma_numbers_as_text_in_a_comma_file()
    {
        _folder.Write("en.csv", "name,amount\nAda,\"1,5\"\nBob,\"2,75\"\n");

        var dataset = await _folder.UploadAsync("en.csv");

        dataset.Schema[1].Kind.ShouldBe(ColumnKind.String);
        dataset.Frame.Columns["amount"][0].ShouldBe("1,5");
    }

    [Fact]
    public async Task Upload_keeps_zero_padded_codes_as_text()
    {
        _folder.Write("contacts.csv", "name,phone,zip,score\nAda,0788123456,01234,0.5\nBob,0722000111,90210,10\n");

        var dataset = await _folder.UploadAsync("contacts.csv");

        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.String, ColumnKind.String, ColumnKind.String, ColumnKind.Double]);
        dataset.Frame.Columns["phone"][0].ShouldBe("0788123456");
        dataset.Frame.Columns["zip"][0].ShouldBe("01234");
    }

    [Fact]
    public async Task Upload_reads_missing_tokens_as_nulls()
    {
        _folder.Write("m.csv", "n,x,s\n1,1.5,a\nNA,N/A,null\n,NaN,\n3,null,NA\n");

        var dataset = await _folder.UploadAsync("m.csv");

        dataset.Schema.Select(c => c.MissingCount).ShouldBe([2L, 3L, 3L]);
        dataset.Schema.Select(c => c.Kind).ShouldBe([ColumnKind.Int32, ColumnKind.Double, ColumnKind.String]);
        var numbers = dataset.Frame.Columns["n"].ShouldBeOfType<Int32DataFrameColumn>();
        numbers.NullCount.ShouldBe(2);
        numbers[1].ShouldBeNull();
        numbers[3].ShouldBe(3);
        var text = dataset.Frame.Columns["s"].ShouldBeOfType<StringDataFrameColumn>();
        text.NullCount.ShouldBe(3);
        text[1].ShouldBeNull();
        text[0].ShouldBe("a");
    }

    [Fact]
    public async Task Upload_widens_a_column_to_text_when_a_contradicting_value_appears_far_after_the_sample()
    {
        var content = new StringBuilder("id,code\n");
        for (var i = 0; i < 200_000; i++)
        {
            var cell = (i % 10 == 3 ? "+" : string.Empty) + (i % 1000).ToString(System.Globalization.CultureInfo.InvariantCulture);
            content.Append(i).Append(',').Append(i == 150_000 ? "A-17" : cell).Append('\n');
        }

        _folder.Write("late.csv", content.ToString());

        var dataset = await _folder.UploadAsync("late.csv");

        var code = dataset.Frame.Columns["code"].ShouldBeOfType<StringDataFrameColumn>();
        dataset.Schema[1].Kind.ShouldBe(ColumnKind.String);
        code[7].ShouldBe("7");
        code[13].ShouldBe("+13");
        code[150_000].ShouldBe("A-17");
        code[199_993].ShouldBe("+993");
        dataset.Frame.Columns["id"].ShouldBeOfType<Int32DataFrameColumn>()[199_999].ShouldBe(199_999);
    }

    [Fact]
    public async Task Upload_widens_integers_to_wider_numbers_keeping_every_value()
    {
        var content = new StringBuilder("a,b\n");
        for (var i = 0; i < 100_000; i++)
        {
            content.Append(i == 90_000 ? "5000000000" : "1").Append(',').Append(i == 95_000 ? "2.5" : "4").Append('\n');
        }

        _folder.Write("wide.csv", content.ToString());

        var dataset = await _folder.UploadAsync("wide.csv");

        var a = dataset.Frame.Columns["a"].ShouldBeOfType<Int64DataFrameColumn>();
        a[90_000].ShouldBe(5_000_000_000L);
        a[0].ShouldBe(1L);
        var b = dataset.Frame.Columns["b"].ShouldBeOfType<DoubleDataFrameColumn>();
        b[95_000].ShouldBe(2.5);
        b[99_999].ShouldBe(4.0);
    }

    [Fact]
    public async Task Upload_shares_one_instance_for_repeated_strings()
    {
        _folder.Write("rep.csv", "city\nKigali\nHuye\nKigali\nKigali\n");

        var dataset = await _folder.UploadAsync("rep.csv", new UploadOptions { Header = HeaderMode.Yes });

        var city = dataset.Frame.Columns["city"].ShouldBeOfType<StringDataFrameColumn>();
        ReferenceEquals(city[0], city[2]).ShouldBeTrue();
        ReferenceEquals(city[2], city[3]).ShouldBeTrue();
    }

    public void Dispose() => _folder.Dispose();
}
