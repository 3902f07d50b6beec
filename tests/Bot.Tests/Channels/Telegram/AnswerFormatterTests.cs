using Microsoft.Extensions.Options;
using MoitBot.Bot.Channels.Telegram;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class AnswerFormatterTests
{
    private static readonly AnswerFormatter Formatter = new(Options.Create(new AnsweringOptions()));

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Tom & Jerry", "Tom &amp; Jerry")]
    [InlineData("a \"quoted\" <b>", "a &quot;quoted&quot; &lt;b&gt;")]
    [InlineData("Điều 25 – không đổi", "Điều 25 – không đổi")]
    [InlineData("", "")]
    public void Escape_SpecialCharacters_OnlyThoseEscaped(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Fact]
    public void Format_AnsweredWithCitations_EscapedTextNumberedSourcesAndConfidence()
    {
        var answer = new Answer
        {
            Text = "Hồ sơ gồm <đơn> & bản sao giấy chứng nhận.",
            Outcome = AnswerOutcome.Answered,
            Confidence = 0.91,
            Citations =
            [
                new Citation("Nghị định 105/2017/NĐ-CP về kinh doanh rượu", "105/2017/NĐ-CP", "Điều 11, Khoản 2", "https://vbpl.vn/a?b=1&c=2", "demo-ruou-001"),
                new Citation("Thông tư <hướng dẫn>", "17/2020/TT-BCT", null, "javascript:alert(1)", "demo-ruou-002"),
            ],
        };

        var html = Formatter.Format(answer);

        Assert.StartsWith("Hồ sơ gồm &lt;đơn&gt; &amp; bản sao giấy chứng nhận.", html, StringComparison.Ordinal);
        Assert.Contains("1. <a href=\"https://vbpl.vn/a?b=1&amp;c=2\">Nghị định 105/2017/NĐ-CP về kinh doanh rượu</a>, Điều 11, Khoản 2", html, StringComparison.Ordinal);
        Assert.Contains("2. Thông tư &lt;hướng dẫn&gt; – số 17/2020/TT-BCT", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
        Assert.Contains("<i>Độ tin cậy: cao (0.91)</i>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_NoGuidance_ProposesAskingTheMinistryWithoutSources()
    {
        var html = Formatter.Format(new Answer { Text = "Chưa tìm thấy hướng dẫn.", Outcome = AnswerOutcome.NoGuidance, Confidence = 0.2 });
        Assert.Contains("Hỏi cán bộ Bộ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Căn cứ", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Độ tin cậy", html, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatSources_Entry_QuotesEscapedPassage()
    {
        var entry = new KnowledgeEntry { Id = "e1", Kind = EntryKind.Guidance, Field = "ruou", Title = "Điều 11 <trích>", Body = "Thương nhân phải có <giấy phép> & kho." };
        var html = Formatter.FormatSources([entry], e => [new Citation(e.Title, "105/2017/NĐ-CP", "Điều 11", "https://vbpl.vn/x", e.Id)]);
        Assert.Contains("<b>Điều 11 &lt;trích&gt;</b>", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>Thương nhân phải có &lt;giấy phép&gt; &amp; kho.</blockquote>", html, StringComparison.Ordinal);
    }
}
