using System.Text;
using MoitBot.Bot.Channels.Telegram;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramConversationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task FollowUp_ShortQuestion_UnderstoodWithThePreviousOne()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.AskAsync(901, "thu tuc cap giay phep ban le ruou");
        var followUp = await world.AskAsync(901, "còn hồ sơ thì sao?");

        Assert.Contains("Câu hỏi được hiểu là", followUp.Text, StringComparison.Ordinal);
        var answerId = long.Parse(followUp.Buttons[0].Data.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var shown = await world.Get<ConversationStore>().GetAnswerAsync(answerId, 901, Ct);
        Assert.Equal("ruou", shown!.Field);
    }

    [Fact]
    public async Task Question_WithHtmlMarkup_ShownLiterally()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.AskAsync(902, "thu tuc cap giay phep ban le ruou");
        var reply = await world.AskAsync(902, "còn <b>hồ sơ</b> & <a href=\"x\">phí</a>?");

        Assert.Contains("còn &lt;b&gt;hồ sơ&lt;/b&gt; &amp; &lt;a href=&quot;x&quot;&gt;phí&lt;/a&gt;?", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>hồ sơ</b>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LongAnswer_6000Characters_SplitAtParagraphsWithinTelegramLimit()
    {
        await using var world = await TelegramScenario.StartAsync();
        var paragraphs = Enumerable.Range(1, 38).Select(i => $"Đoạn {i}: cán bộ xã kiểm tra việc niêm yết giá vé chợ phiên <{i}> & đối chiếu sổ theo dõi của ban quản lý chợ phiên, ghi biên bản và báo cáo UBND xã.").ToList();
        var body = string.Join("\n\n", paragraphs);
        Assert.True(body.Length >= 5000, $"body is {body.Length} characters");
        await world.Get<KnowledgeBank>().SaveAsync(new KnowledgeEntry
        {
            Id = "test-long-cho-phien",
            Kind = EntryKind.QuestionAnswer,
            Field = "thi-truong-trong-nuoc",
            Title = "Kiểm tra niêm yết giá vé chợ phiên",
            Question = "Kiểm tra niêm yết giá vé chợ phiên như thế nào?",
            Body = body + "\n\n" + string.Join(' ', Enumerable.Repeat("Chi tiết bổ sung về chợ phiên.", 50)),
            Status = EntryStatus.Approved,
            Provenance = Provenance.Editor,
            References = [new LegalReference { DocumentNumber = "60/2024/NĐ-CP", DocumentType = "Nghị định", Title = "về phát triển và quản lý chợ", Article = "Điều 5", Url = "https://vbpl.vn/60-2024" }],
        }, "test", Ct);

        await world.Emulator.SendAsync(903, 903, "kiem tra niem yet gia ve cho phien nhu the nao", cancellationToken: Ct);
        var parts = await world.Emulator.WaitForAsync(903, m => m.Buttons.Count > 0, cancellationToken: Ct);
        var messages = await world.Emulator.BotMessagesAsync(903, Ct);

        Assert.True(messages.Count >= 2, $"expected a split answer, got {messages.Count} message(s)");
        Assert.All(messages, m => Assert.True(m.Text.Length <= 4096));
        Assert.Equal(messages[^1].MessageId, parts.MessageId);
        Assert.All(messages.Take(messages.Count - 1), m => Assert.Empty(m.Buttons));
        var joined = string.Join("\n\n", messages.Select(m => m.Text));
        Assert.True(joined.Length >= 6000, $"the answer is {joined.Length} characters");
        Assert.All(paragraphs, p => Assert.Contains(TelegramHtml.Escape(p), joined, StringComparison.Ordinal));
        Assert.All(messages.Take(messages.Count - 1), m => Assert.Matches(@"[.>]$", m.Text));
    }

    [Fact]
    public async Task Commands_BrowseFieldsAndHandbook_ShowQuestionsAndResponsibilities()
    {
        await using var world = await TelegramScenario.StartAsync();
        var fields = await world.AskAsync(904, "/linhvuc");
        var questions = await world.PressAsync(904, fields, "Kinh doanh rượu");
        Assert.Contains("câu hỏi thường gặp", questions.Text, StringComparison.Ordinal);
        Assert.NotEmpty(questions.Buttons);
        var answer = await world.PressAsync(904, questions, questions.Buttons[0].Text);
        Assert.Contains("Căn cứ", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.HasButton("Xem căn cứ"));

        var handbook = await world.AskAsync(904, "/phancap");
        Assert.NotEmpty(handbook.Buttons);
        var item = await world.PressAsync(904, handbook, handbook.Buttons[0].Text);
        Assert.Contains("UBND cấp xã", item.Text, StringComparison.Ordinal);
        Assert.Contains("Bộ Công Thương", item.Text, StringComparison.Ordinal);

        Assert.Contains("/cauhoi", (await world.AskAsync(904, "/huongdan")).Text, StringComparison.Ordinal);
        Assert.Contains("Bạn chưa gửi câu hỏi nào", (await world.AskAsync(904, "/cauhoi")).Text, StringComparison.Ordinal);
        Assert.Contains("/huongdan", (await world.AskAsync(904, "/khonglenhnay")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupChat_AnswersOnlyWhenMentionedOrRepliedTo()
    {
        await using var world = await TelegramScenario.StartAsync();
        const long group = -905;
        await world.Emulator.SendAsync(group, 9051, "thu tuc cap giay phep ban le ruou", group: true, cancellationToken: Ct);
        await world.Emulator.SendAsync(group, 9051, "@TestNameBot thu tuc cap giay phep ban le ruou", group: true, cancellationToken: Ct);
        var first = (await world.Emulator.WaitForMessagesAsync(group, 1, Ct))[0];
        Assert.Contains("Căn cứ", first.Text, StringComparison.Ordinal);

        await world.Emulator.SendAsync(group, 9052, "cam on nhe", group: true, cancellationToken: Ct);
        await world.Emulator.SendAsync(group, 9052, "con ho so thi sao", group: true, replyTo: first.MessageId, cancellationToken: Ct);
        var messages = await world.Emulator.WaitForMessagesAsync(group, 2, Ct);
        await world.Emulator.SendAsync(group, 9052, "/huongdan@TestNameBot", group: true, cancellationToken: Ct);
        messages = await world.Emulator.WaitForMessagesAsync(group, 3, Ct);

        Assert.Equal(3, messages.Count);

        // A colleague in the group cannot send someone else's question to the ministry.
        await world.Emulator.PressAsync(group, 9052, first.MessageId, first.ButtonData("Hỏi cán bộ Bộ"), Ct);
        await world.Emulator.SendAsync(group, 9052, "/huongdan@TestNameBot", group: true, cancellationToken: Ct);
        await world.Emulator.WaitForMessagesAsync(group, 4, Ct);
        var callback = Assert.Single((await world.Emulator.CallbackAnswersAsync(Ct)).EnumerateArray());
        Assert.Equal(BotTexts.AskerOnly, callback.GetProperty("text").GetString());
        Assert.Equal(4, (await world.Emulator.BotMessagesAsync(group, Ct)).Count);
        Assert.Contains("Câu hỏi được hiểu là", messages[1].Text, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn", messages[2].Text, StringComparison.Ordinal);
    }
}
