using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class DocxParserTests
{
    private readonly DocxParser _parser = new();

    [Fact]
    public void Parse_DecreeWithHeaderTable_KeepsParagraphOrderAndTableRows()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteDocx(p, SampleCorpus.DecreeLines), ".docx");

        var parsed = ParserAssert.Parse(_parser, bytes);

        Assert.Equal("CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", parsed.Blocks[0].Text);
        Assert.True(parsed.Blocks[0].IsTableRow);
        Assert.Contains(parsed.Blocks, b => b.Text == "Điều 5. Điều kiện đối với cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai");
        var feeRow = Assert.Single(parsed.Blocks, b => b.Text.Contains("300.000", StringComparison.Ordinal));
        Assert.Equal("Loại cửa hàng: Diện tích dưới 50 mét vuông; Mức thu: 300.000 đồng/lần; Ghi chú: Nộp tại bộ phận một cửa cấp xã", feeRow.Text);
    }

    [Fact]
    public void Parse_CorruptDocx_RejectedAsCorrupt()
    {
        var message = ParserAssert.Rejected(_parser, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip package"));
        Assert.StartsWith("corrupt DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TruncatedDocx_RejectedAsCorrupt()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteDocx(p, SampleCorpus.DecreeLines), ".docx");
        var message = ParserAssert.Rejected(_parser, bytes[..(bytes.Length / 2)]);
        Assert.StartsWith("corrupt DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordProtectedDocx_RejectedAsPasswordProtected()
    {
        var message = ParserAssert.Rejected(_parser, File.ReadAllBytes(Fixtures.Committed("password-protected.docx")));
        Assert.StartsWith("password-protected DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EmptyFile_RejectedAsEmpty()
    {
        Assert.Equal("empty file", ParserAssert.Rejected(_parser, []));
    }

    [Fact]
    public void Parse_LegacyBinaryDocRenamed_RejectedWithAdvice()
    {
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[512]).ToArray();
        var message = ParserAssert.Rejected(_parser, bytes);
        Assert.Contains("legacy binary Office file", message, StringComparison.Ordinal);
    }
}
