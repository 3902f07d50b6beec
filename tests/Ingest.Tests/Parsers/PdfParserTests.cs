using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class PdfParserTests
{
    private readonly PdfParser _parser = new();

    [Fact]
    public void Parse_VietnameseGuidance_ReadsTextWithPageNumbers()
    {
        Assert.True(File.Exists(CorpusWriter.VietnameseFont), $"DejaVu Sans (Debian fonts-dejavu-core) is needed to write Vietnamese PDFs: {CorpusWriter.VietnameseFont}");
        var bytes = ParserAssert.TempFile(p => CorpusWriter.WritePdf(p, SampleCorpus.GuidancePages), ".pdf");

        var parsed = ParserAssert.Parse(_parser, bytes);

        Assert.Contains(parsed.Blocks, b => b.Page == 1 && b.Text == "Số: 312/HD-SCT");
        var aptomat = Assert.Single(parsed.Blocks, b => b.Text.Contains("aptomat", StringComparison.Ordinal));
        Assert.Equal(2, aptomat.Page);
        Assert.Contains("32 ampe", string.Join(' ', parsed.Blocks.Where(b => b.Page == 2).Select(b => b.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ScannedPdfWithoutText_RejectedAsNoTextLayer()
    {
        var bytes = ParserAssert.TempFile(Fixtures.WriteScannedPdf, ".pdf");
        var message = ParserAssert.Rejected(_parser, bytes);
        Assert.StartsWith("no text layer", message, StringComparison.Ordinal);
        Assert.Contains("OCR", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_PasswordProtectedPdf_RejectedAsPasswordProtected()
    {
        var message = ParserAssert.Rejected(_parser, File.ReadAllBytes(Fixtures.Committed("password-protected.pdf")));
        Assert.StartsWith("password-protected PDF", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_CorruptPdf_RejectedAsCorrupt()
    {
        var message = ParserAssert.Rejected(_parser, Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage without xref"));
        Assert.Matches("^(corrupt PDF|no text layer)", message);
    }

    [Fact]
    public void Parse_EmptyFile_RejectedAsEmpty() => Assert.Equal("empty file", ParserAssert.Rejected(_parser, []));
}
