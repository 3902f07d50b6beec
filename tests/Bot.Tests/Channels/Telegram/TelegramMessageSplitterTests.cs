using System.Text.RegularExpressions;
using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed partial class TelegramMessageSplitterTests
{
    public static TheoryData<string, string, int> Cases()
    {
        var paragraphs = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Đoạn {i}: nội dung hướng dẫn &amp; căn cứ &lt;Điều {i}&gt; của nghị định."));
        var oneLongLine = string.Concat(Enumerable.Repeat("chữ ", 600));
        var noSpaces = new string('a', 500) + "&amp;" + new string('b', 500);
        var quote = "<b>Căn cứ</b>\n<blockquote>" + string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Khoản {i}. Cán bộ xã kiểm tra và lập biên bản.")) + "</blockquote>\n<i>Độ tin cậy</i>";
        var link = string.Join("\n", Enumerable.Range(1, 30).Select(i => $"{i}. <a href=\"https://vbpl.vn/van-ban?id={i}&amp;tab=1\">Nghị định số {i}/2024/NĐ-CP</a>, Điều {i}"));
        var emoji = string.Concat(Enumerable.Repeat("📨😀", 400));
        return new TheoryData<string, string, int>
        {
            { "short", "Câu trả lời ngắn", 4096 },
            { "paragraphs", paragraphs, 500 },
            { "one long line", oneLongLine, 300 },
            { "no spaces with entity", noSpaces, 200 },
            { "blockquote across parts", quote, 400 },
            { "links with entities", link, 300 },
            { "surrogate pairs", emoji, 301 },
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Split_Html_PartsFitAreWellFormedAndKeepAllText(string name, string html, int max)
    {
        var parts = TelegramMessageSplitter.Split(html, max);

        Assert.All(parts, p => Assert.True(p.Length <= max, $"{name}: part of {p.Length} > {max}"));
        Assert.All(parts, p => Assert.True(IsWellFormed(p), $"{name}: broken markup in part: {p}"));
        Assert.All(parts, p => Assert.False(char.IsLowSurrogate(p[0]) || char.IsHighSurrogate(p[^1]), $"{name}: split surrogate pair"));
        Assert.Equal(Visible(html), Visible(string.Concat(parts)));
    }

    [Fact]
    public void Split_Paragraphs_CutsAtParagraphBoundaries()
    {
        var html = string.Join("\n\n", Enumerable.Range(1, 40).Select(i => $"Đoạn {i} kết thúc."));
        var parts = TelegramMessageSplitter.Split(html, 120);

        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.Matches(@"^Đoạn \d+ kết thúc\.(\n\nĐoạn \d+ kết thúc\.)*$", p));
    }

    [Fact]
    public void Split_ShortText_Unchanged() =>
        Assert.Equal(["<b>Xin chào</b>"], TelegramMessageSplitter.Split("<b>Xin chào</b>"));

    /// <summary>Text without tags and whitespace: what the reader sees must survive the split.</summary>
    private static string Visible(string html) => Whitespace().Replace(Tags().Replace(html, string.Empty), string.Empty);

    private static bool IsWellFormed(string html)
    {
        var stack = new Stack<string>();
        foreach (Match m in Tags().Matches(html))
        {
            var tag = m.Value;
            var name = TagName().Match(tag).Groups[1].Value;
            if (tag.StartsWith("</", StringComparison.Ordinal))
            {
                if (stack.Count == 0 || stack.Pop() != name)
                {
                    return false;
                }
            }
            else
            {
                stack.Push(name);
            }
        }

        var withoutTags = Tags().Replace(html, string.Empty);
        return stack.Count == 0 && !withoutTags.Contains('<', StringComparison.Ordinal) && !withoutTags.Contains('>', StringComparison.Ordinal)
            && !BrokenEntity().IsMatch(withoutTags);
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"^</?([a-z]+)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"&(?!(amp|lt|gt|quot|#\d+);)")]
    private static partial Regex BrokenEntity();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
