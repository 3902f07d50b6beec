using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class XlsxParserTests
{
    private readonly XlsxParser _parser = new();

    [Fact]
    public void Parse_QaWorkbook_FindsColumnsByVietnameseHeaders()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteXlsx(p, "Hỏi đáp 2026", SampleCorpus.QaRows), ".xlsx");

        var parsed = ParserAssert.Parse(_parser, bytes);

        Assert.Equal(2, parsed.Records.Count);
        var record = parsed.Records[1];
        Assert.Equal("Hỏi đáp 2026", record.Sheet);
        Assert.Equal(3, record.Row);
        Assert.Equal("ruou", record.Field);
        Assert.Equal("Khoản 2 Điều 8 Hướng dẫn 40/HD-SCT", record.LegalBasis);
        Assert.Equal("Vụ Thị trường trong nước", record.Department);
    }

    [Fact]
    public void Parse_EnglishHeadersBelowATitleRow_AreFound()
    {
        IReadOnlyList<string>[] rows = [["Past questions 2025"], ["No.", "Question", "Answer", "Legal basis"], ["1", "Who licenses LPG shops?", "The commune People's Committee.", "Article 5 Decree 45/2026/NĐ-CP"]];
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteXlsx(p, "Sheet1", rows), ".xlsx");

        var record = Assert.Single(ParserAssert.Parse(_parser, bytes).Records);

        Assert.Equal("Who licenses LPG shops?", record.Question);
        Assert.Equal(3, record.Row);
    }

    [Fact]
    public void Parse_NoQuestionColumn_RejectedWithReason()
    {
        IReadOnlyList<string>[] rows = [["Họ tên", "Địa chỉ"], ["Nguyễn Văn A", "Xã Đồng Vọng"]];
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteXlsx(p, "Danh sách", rows), ".xlsx");

        var message = ParserAssert.Rejected(_parser, bytes);

        Assert.StartsWith("no question column", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordProtectedWorkbook_RejectedAsPasswordProtected()
    {
        var message = ParserAssert.Rejected(_parser, File.ReadAllBytes(Fixtures.Committed("password-protected.xlsx")));
        Assert.StartsWith("password-protected XLSX", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorruptWorkbook_RejectedAsCorrupt()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteXlsx(p, "Sheet1", SampleCorpus.QaRows), ".xlsx");
        var message = ParserAssert.Rejected(_parser, bytes[..(bytes.Length - 200)]);
        Assert.StartsWith("corrupt XLSX", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_RejectedAsEmpty() => Assert.Equal("empty file", ParserAssert.Rejected(_parser, []));
}
