using System.Text;
using Nalytiq.Ingestion;
using Shouldly;
using Xunit;

namespace Nalytiq.Tests.Ingestion;

public sealed class EncodingTests : IDisposable
{
    private const string Content = "ville,population\nKigali,1132686\nMünchen,1488202\nSão Paulo,12325232\nZürich,421878\n";
    private readonly UploadFolder _folder = new();

    public static TheoryData<string, string> Encodings => new()
    {
        { "utf-8-bom", "utf-8" },
        { "utf-16le-bom", "utf-16" },
        { "utf-16be-bom", "utf-16BE" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Upload_reads_text_with_a_byte_order_mark(string variant, string expectedName)
    {
        byte[] bytes = variant switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Content)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Content)],
            _ => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Content)],
        };
        _folder.WriteBytes("cities.csv", bytes);

        var dataset = await _folder.UploadAsync("cities.csv");

        dataset.Dialect.Encoding.ShouldBe(expectedName);
        dataset.Frame.Columns[0].Name.ShouldBe("ville");
        dataset.Frame.Columns["ville"][1].ShouldBe("München");
        dataset.Frame.Columns["ville"][2].ShouldBe("São Paulo");
        dataset.Frame.Columns["population"][3].ShouldBe(421878);
        dataset.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_reads_utf8_without_a_byte_order_mark()
    {
        _folder.WriteBytes("cities.csv", Encoding.UTF8.GetBytes(Content));

        var dataset = await _folder.UploadAsync("cities.csv");

        dataset.Dialect.Encoding.ShouldBe("utf-8");
        dataset.Frame.Columns["ville"][3].ShouldBe("Zürich");
    }

    [Fact]
    public async Task Upload_falls_back_to_windows_1252_when_the_bytes_are_not_utf8_and_warns()
    {
        _folder.WriteBytes("cities.csv", Windows1252().GetBytes(Content));

        var dataset = await _folder.UploadAsync("cities.csv");

        dataset.Dialect.Encoding.ShouldBe("windows-1252");
        dataset.Frame.Columns["ville"][1].ShouldBe("München");
        dataset.Warnings.ShouldContain(w => w.Key == "Upload_EncodingFallback");
    }

    [Fact]
    public async Task Upload_switches_to_windows_1252_when_an_invalid_byte_appears_after_the_sniffed_head()
    {
        var builder = new StringBuilder("id,name\n");
        for (var i = 0; i < 60_000; i++)
        {
            builder.Append(i).Append(",plain ascii name\n");
        }

        builder.Append("60000,Café\n");
        _folder.WriteBytes("late.csv", Windows1252().GetBytes(builder.ToString()));

        var dataset = await _folder.UploadAsync("late.csv");

        dataset.Dialect.Encoding.ShouldBe("windows-1252");
        dataset.RowCount.ShouldBe(60_001);
        dataset.Frame.Columns["name"][60_000].ShouldBe("Café");
        dataset.Warnings.ShouldContain(w => w.Key == "Upload_EncodingFallback");
    }

    [Theory]
    [InlineData("iso-8859-1")]
    [InlineData("latin-1")]
    [InlineData("Latin1")]
    public async Task Upload_uses_the_encoding_named_in_the_options(string name)
    {
        _folder.WriteBytes("latin.csv", Encoding.Latin1.GetBytes(Content));

        var dataset = await _folder.UploadAsync("latin.csv", new UploadOptions { Encoding = name });

        dataset.Frame.Columns["ville"][2].ShouldBe("São Paulo");
        dataset.Warnings.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("UTF8")]
    [InlineData("utf_8")]
    public async Task Upload_accepts_common_spellings_of_utf8(string name)
    {
        _folder.Write("a.csv", Content);

        var dataset = await _folder.UploadAsync("a.csv", new UploadOptions { Encoding = name });

        dataset.Dialect.Encoding.ShouldBe("utf-8");
        dataset.Frame.Columns["ville"][1].ShouldBe("München");
    }

    [Fact]
    public async Task Upload_rejects_an_unknown_encoding_name_clearly()
    {
        _folder.Write("a.csv", Content);

        var error = await Should.ThrowAsync<IngestException>(() => _folder.UploadAsync("a.csv", new UploadOptions { Encoding = "klingon-8" }));

        error.Text.Key.ShouldBe("Upload_UnknownEncoding");
        error.Message.ShouldContain("klingon-8");
    }

    private static Encoding Windows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    public void Dispose() => _folder.Dispose();
}
