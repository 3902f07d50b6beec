using System.Text;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Decoding;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Decoding;

public sealed class TextDecoderTests
{
    private const string Sample = "Câu hỏi về giấy phép bán lẻ rượu ở xã Đồng Vọng";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decode_Utf8WithAndWithoutBom_ReturnsSameText()
    {
        var notes = new List<string>();
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray(), notes));
        Assert.Equal(Sample, TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample), notes));
        Assert.Empty(notes);
    }

    [Fact]
    public void Decode_Windows1258Bytes_ReturnsComposedUnicodeAndSaysSo()
    {
        var notes = new List<string>();
        var bytes = Encoding.GetEncoding(1258).GetBytes(CorpusWriter.Windows1258Form(Sample));

        var text = TextDecoder.Decode(bytes, notes);

        Assert.Equal(Sample, text);
        Assert.Contains(notes, n => n.Contains("Windows-1258", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_Tcvn3Bytes_ConvertsToUnicode()
    {
        var notes = new List<string>();
        var bytes = Encoding.GetEncoding(1252).GetBytes("Céng hoµ x· héi chñ nghÜa ViÖt Nam");

        var text = TextDecoder.Decode(bytes, notes);

        Assert.Equal("Cộng hoà xã hội chủ nghĩa Việt Nam", text);
        Assert.Contains(notes, n => n.Contains("Tcvn3", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_VniBytes_ConvertsToUnicode()
    {
        var notes = new List<string>();
        var bytes = Encoding.GetEncoding(1252).GetBytes("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam");

        Assert.Equal("Cộng hòa xã hội chủ nghĩa Việt Nam", TextDecoder.Decode(bytes, notes));
    }

    [Fact]
    public void Decode_BinaryContent_RejectedWithReason()
    {
        var ex = Assert.Throws<SourceRejectedException>(() => TextDecoder.Decode(new byte[] { 0x50, 0x00, 0x01, 0xFF, 0x00, 0x10 }, []));
        Assert.Contains("binary content", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_BomButInvalidUtf8_RejectedWithReason()
    {
        var ex = Assert.Throws<SourceRejectedException>(() => TextDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF, 0x43, 0xE2, 0x75 }, []));
        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }
}
