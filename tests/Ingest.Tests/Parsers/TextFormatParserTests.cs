using System.Text;
using MoitBot.Ingest.Parsers;

namespace MoitBot.Ingest.Tests.Parsers;

public sealed class TextFormatParserTests
{
    [Fact]
    public void HtmlParser_PageWithScriptsAndTable_KeepsHeadingsParagraphsAndRows()
    {
        var html = """
            <html><head><title>Hướng dẫn</title><script>alert('x')</script></head>
            <body><nav>Trang chủ</nav><h1>Hướng dẫn cấp phép</h1><p>Hồ sơ nộp tại <b>bộ phận một cửa</b>.</p>
            <table><tr><th>Loại</th><th>Phí</th></tr><tr><td>Bán lẻ</td><td>200.000 đồng</td></tr></table>
            <p onclick="steal()">Thời hạn 05 ngày.</p></body></html>
            """;

        var parsed = ParserAssert.Parse(new HtmlParser(), Encoding.UTF8.GetBytes(html), "x.html");

        Assert.Equal(["Hướng dẫn cấp phép", "Hồ sơ nộp tại bộ phận một cửa.", "Loại | Phí", "Bán lẻ | 200.000 đồng", "Thời hạn 05 ngày."], parsed.Blocks.Select(b => b.Text));
        Assert.Equal(1, parsed.Blocks[0].HeadingLevel);
        Assert.DoesNotContain(parsed.Blocks, b => b.Text.Contains("alert", StringComparison.Ordinal) || b.Text.Contains("Trang chủ", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkdownParser_NumberedClauses_KeepTheirNumbers()
    {
        var markdown = "# Điều 3. Hồ sơ\n\nHồ sơ gồm:\n\n1. Đơn đề nghị.\n2. Bản sao giấy chứng nhận.\n\n| Mẫu | Số |\n|---|---|\n| Đơn | 01 |\n";

        var parsed = ParserAssert.Parse(new MarkdownParser(), Encoding.UTF8.GetBytes(markdown), "x.md");

        Assert.Equal(["Điều 3. Hồ sơ", "Hồ sơ gồm:", "1. Đơn đề nghị.", "2. Bản sao giấy chứng nhận.", "Mẫu | Số", "Đơn | 01"], parsed.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void JsonQaParser_ExportUnderItems_ReadsRecords()
    {
        var json = """{ "items": [ { "cauHoi": "Xã có quản lý chợ không?", "traLoi": "Có, chợ hạng 3.", "linhVuc": "thi-truong-trong-nuoc" }, { "question": "Only a question" } ] }""";

        var parsed = ParserAssert.Parse(new JsonQaParser(), Encoding.UTF8.GetBytes(json), "export.json");

        var record = Assert.Single(parsed.Records);
        Assert.Equal("Có, chợ hạng 3.", record.Answer);
        Assert.Equal("thi-truong-trong-nuoc", record.Field);
        Assert.Single(parsed.Notes);
    }

    [Fact]
    public void JsonQaParser_JsonLines_ReadsEachLine()
    {
        var jsonl = "{\"question\":\"Q1?\",\"answer\":\"A1.\"}\n{\"question\":\"Q2?\",\"answer\":\"A2.\"}\n";
        var parsed = ParserAssert.Parse(new JsonQaParser(), Encoding.UTF8.GetBytes(jsonl), "export.jsonl");
        Assert.Equal(["Q1?", "Q2?"], parsed.Records.Select(r => r.Question));
    }

    [Fact]
    public void JsonQaParser_MalformedJson_RejectedWithReason()
    {
        var message = ParserAssert.Rejected(new JsonQaParser(), Encoding.UTF8.GetBytes("[{\"question\": "), "x.json");
        Assert.StartsWith("malformed JSON", message, StringComparison.Ordinal);
    }
}
