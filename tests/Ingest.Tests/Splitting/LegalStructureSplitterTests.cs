using Microsoft.Extensions.Options;
using MoitBot.Ingest.Bench;
using MoitBot.Ingest.Parsers;
using MoitBot.Ingest.Splitting;

namespace MoitBot.Ingest.Tests.Splitting;

public sealed class LegalStructureSplitterTests
{
    private static LegalStructureSplitter Splitter(int max = 1500, int overlap = 200) =>
        new(Options.Create(new SplitterOptions { MaxChunkChars = max, OverlapChars = overlap }));

    private static List<ParsedBlock> Blocks(IEnumerable<string> lines) => lines
        .Select(l => l.StartsWith('|') ? new ParsedBlock(string.Join(" | ", l.Trim('|').Split('|'))) { Cells = l.Trim('|').Split('|') } : new ParsedBlock(l))
        .ToList();

    [Fact]
    public void Split_Decree_OneChunkPerClauseWithChapterArticleAndClause()
    {
        var chunks = Splitter().Split(Blocks(SampleCorpus.DecreeLines));

        Assert.Equal(["Phần mở đầu", "Điều 1", "Điều 2", "Điều 5, Khoản 1", "Điều 5, Khoản 2", "Điều 5, Khoản 3", "Điều 6, Khoản 1", "Điều 6, Khoản 2", "Điều 7", "Điều 9, Khoản 1", "Điều 9, Khoản 2"],
            chunks.Select(c => c.Locator.Display));
        var clause = chunks.Single(c => c.Locator.Legal == "Điều 5, Khoản 2");
        Assert.Equal("Chương II", clause.Locator.Chapter);
        Assert.Equal("Điều 5. Điều kiện đối với cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai", clause.Heading);
        Assert.StartsWith("Điều 5. Điều kiện", clause.Text, StringComparison.Ordinal);
        Assert.Contains("Cửa hàng bán lẻ khí dầu mỏ hóa lỏng chai phải đáp ứng các điều kiện sau đây:", clause.Text, StringComparison.Ordinal);
        Assert.Contains("a) Cửa hàng có diện tích dưới 50 mét vuông", clause.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("ĐIỀU KIỆN VÀ KIỂM TRA", string.Join('\n', chunks.Select(c => c.Text)), StringComparison.Ordinal);
        Assert.Equal("dieu-5-khoan-2", clause.Locator.Slug);
        Assert.Contains("Diện tích dưới 50 mét vuông | 300.000 đồng/lần", chunks.Single(c => c.Locator.Legal == "Điều 7").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_LongClauseWithPoints_SplitsByPointKeepingTheLocator()
    {
        var filler = string.Join(' ', Enumerable.Repeat("cơ sở phải lưu hồ sơ kiểm tra định kỳ", 12));
        string[] lines = ["Điều 8. Trách nhiệm của cơ sở", "1. Cơ sở có trách nhiệm:", $"a) {filler};", $"b) {filler};", $"c) {filler}."];

        var chunks = Splitter(max: 700).Split(Blocks(lines));

        Assert.Equal(["Điều 8, Khoản 1, Điểm a", "Điều 8, Khoản 1, Điểm b", "Điều 8, Khoản 1, Điểm c"], chunks.Select(c => c.Locator.Legal));
        Assert.All(chunks, c => Assert.Contains("1. Cơ sở có trách nhiệm:", c.Text, StringComparison.Ordinal));
        Assert.Equal("dieu-8-khoan-1-diem-b", chunks[1].Locator.Slug);
    }

    [Fact]
    public void Split_LongArticleWithoutClauses_SplitsIntoPartsWithOverlap()
    {
        var paragraphs = Enumerable.Range(1, 12).Select(i => $"Đoạn {i}: " + string.Join(' ', Enumerable.Repeat("nội dung hướng dẫn thực hiện", 8))).ToList();

        var chunks = Splitter(max: 600, overlap: 250).Split(Blocks(["Điều 3. Tổ chức thực hiện", .. paragraphs]));

        Assert.True(chunks.Count > 2);
        Assert.All(chunks, c => Assert.True(c.Text.Length <= 600, $"{c.Text.Length} chars"));
        Assert.Equal(Enumerable.Range(1, chunks.Count), chunks.Select(c => c.Locator.Part));
        Assert.Equal("dieu-3-p2", chunks[1].Locator.Slug);
        var lastOfFirst = chunks[0].Text.Split('\n')[^1];
        Assert.Contains(lastOfFirst, chunks[1].Text, StringComparison.Ordinal);
        Assert.All(paragraphs, p => Assert.Contains(chunks, c => c.Text.Contains(p, StringComparison.Ordinal)));
    }

    [Fact]
    public void Split_TableRows_AreKeptWholeNeverCut()
    {
        var rows = Enumerable.Range(1, 30).Select(i => new ParsedBlock($"Loại cửa hàng: Mẫu số {i:D2}; Mức thu: {i * 10}.000 đồng/lần; Ghi chú: nộp tại bộ phận một cửa") { Cells = ["x"] }).ToList();

        var chunks = Splitter(max: 500, overlap: 0).Split([new ParsedBlock("Điều 7. Mức thu phí"), .. rows]);

        Assert.True(chunks.Count > 1);
        var allLines = chunks.SelectMany(c => c.Text.Split('\n')).Where(l => l.StartsWith("Loại", StringComparison.Ordinal)).ToList();
        Assert.Equal(rows.Select(r => r.Text), allLines);
    }

    [Fact]
    public void Split_GuidanceWithoutArticles_ChunksByHeadingAndPage()
    {
        List<ParsedBlock> blocks =
        [
            new("Hồ sơ cần chuẩn bị") { HeadingLevel = 2, Page = 1 },
            new("Đơn đề nghị theo mẫu.") { Page = 1 },
            new("Bản sao giấy chứng nhận.") { Page = 2 },
        ];

        var chunks = Splitter().Split(blocks);

        Assert.Equal(["Hồ sơ cần chuẩn bị (trang 1)", "Hồ sơ cần chuẩn bị (trang 2)"], chunks.Select(c => c.Locator.Display));
        Assert.Equal("trang-2-ho-so-can-chuan-bi", chunks[1].Locator.Slug);
    }
}
