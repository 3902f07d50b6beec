using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class CsvParserTests
{
    private readonly CsvParser _parser = new();

    static CsvParserTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Parse_Windows1258Csv_ReadsVietnameseQuestions()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteCsv(p, SampleCorpus.LegacyCsvRows, Encoding.GetEncoding(1258)), ".csv");

        var parsed = ParserAssert.Parse(_parser, bytes, "hoi-dap.csv");

        var record = Assert.Single(parsed.Records);
        Assert.Equal("Ai cấp phép cho cụm công nghiệp làng nghề mây tre đan ở xã Đồng Vọng?", record.Question);
        Assert.Equal("Khuyến công", record.Field);
        Assert.Contains(parsed.Notes, n => n.Contains("Windows-1258", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SemicolonDelimitedUtf8WithBom_ReadsHeadersWithoutDiacritics()
    {
        var text = "Cau hoi;Tra loi;Linh vuc\nXã có cấp giấy phép bán lẻ thuốc lá không?;Có, Phòng Kinh tế cấp xã cấp giấy phép.;thuoc-la\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var record = Assert.Single(ParserAssert.Parse(_parser, bytes, "x.csv").Records);

        Assert.Equal("thuoc-la", record.Field);
        Assert.Equal(2, record.Row);
    }

    [Fact]
    public void Parse_NoQuestionColumn_RejectedWithReason()
    {
        var message = ParserAssert.Rejected(_parser, Encoding.UTF8.GetBytes("Tên,Địa chỉ\nA,B\n"), "x.csv");
        Assert.StartsWith("no question column", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnsupportedEncoding_RejectedWithReason()
    {
        var utf16WithoutBom = Encoding.Unicode.GetBytes("Câu hỏi,Trả lời\nA,B\n");
        var message = ParserAssert.Rejected(_parser, utf16WithoutBom, "x.csv");
        Assert.Contains("unsupported encoding", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RowWithoutAnswer_SkippedWithNote()
    {
        var parsed = ParserAssert.Parse(_parser, Encoding.UTF8.GetBytes("Câu hỏi,Trả lời\nCâu một?,Trả lời một.\nCâu hai?,\n"), "x.csv");
        Assert.Single(parsed.Records);
        Assert.Contains(parsed.Notes, n => n.Contains("row 3: no answer", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_EmptyFile_RejectedAsEmpty() => Assert.Equal("empty file", ParserAssert.Rejected(_parser, [], "x.csv"));
}
