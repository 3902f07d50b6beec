using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class DocxParserTests
{
    private readonly DocxParser _parser = new();

    [Fact]
    public async Task ParseAsync_DecreeWithHeaderTable_KeepsParagraphOrderAndTableRows()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteDocx(p, SampleCorpus.DecreeLines), ".docx");

        var parsed = await ParserAssert.ParseAsync(_parser, bytes);

        Assert.Equal("CHÍNH PHỦ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", parsed.Blocks[0].Text);
        Assert.True(parsed.Blocks[0].IsTableRow);
        Assert.Contains(parsed.Blocks, b => b.Text == "Điều 5. Điều kiện đối với cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai");
        var feeRow = Assert.Single(parsed.Blocks, b => b.Text.Contains("300.000", StringComparison.Ordinal));
        Assert.Equal("Loại cửa hàng: Diện tích dưới 50 mét vuông; Mức thu: 300.000 đồng/lần; Ghi chú: Nộp tại bộ phận một cửa cấp xã", feeRow.Text);
    }

    [Fact]
    public async Task ParseAsync_CorruptDocx_RejectedAsCorrupt()
    {
        var message = await ParserAssert.RejectedAsync(_parser, Encoding.ASCII.GetBytes("PK\u0003\u0004 this is not really a zip package"));
        Assert.StartsWith("corrupt DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_TruncatedDocx_RejectedAsCorrupt()
    {
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WriteDocx(p, SampleCorpus.DecreeLines), ".docx");
        var message = await ParserAssert.RejectedAsync(_parser, bytes[..(bytes.Length / 2)]);
        Assert.StartsWith("corrupt DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_PasswordProtectedDocx_RejectedAsPasswordProtected()
    {
        var message = await ParserAssert.RejectedAsync(_parser, File.ReadAllBytes(Fixtures.Committed("password-protected.docx")));
        Assert.StartsWith("password-protected DOCX", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ParseAsync_EmptyFile_RejectedAsEmpty()
    {
        Assert.Equal("empty file", await ParserAssert.RejectedAsync(_parser, []));
    }

    [Fact]
    public async Task ParseAsync_LegacyBinaryDocRenamed_RejectedWithAdvice()
    {
        var bytes = new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[512]).ToArray();
        var message = await ParserAssert.RejectedAsync(_parser, bytes);
        Assert.Contains("legacy binary Office file", message, StringComparison.Ordinal);
    }
}
