using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramLimitsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RateLimit_MoreQuestionsThanAllowed_PoliteVietnameseMessage()
    {
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?> { ["Telegram:QuestionsPerWindow"] = "2" });
        Assert.Contains("Căn cứ", (await world.AskAsync(1001, "thu tuc cap giay phep ban le ruou")).Text, StringComparison.Ordinal);
        Assert.Contains("Căn cứ", (await world.AskAsync(1001, "dieu kien cua hang ban le xang dau")).Text, StringComparison.Ordinal);
        Assert.Equal(BotTexts.RateLimited, (await world.AskAsync(1001, "thu tuc cap giay phep ban le thuoc la")).Text);

        // Another user is not affected, and commands still work for the limited one.
        Assert.Contains("Căn cứ", (await world.AskAsync(1002, "thu tuc cap giay phep ban le ruou")).Text, StringComparison.Ordinal);
        Assert.Contains("Hướng dẫn", (await world.AskAsync(1001, "/huongdan")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TelegramSaysTooManyRequests_RetryAfterHonoured_AnswerDelivered()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.Emulator.FailNextAsync("sendMessage", 1, 429, retryAfter: 1, Ct);
        var answer = await world.AskAsync(1003, "thu tuc cap giay phep ban le ruou");
        Assert.Contains("Căn cứ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TelegramBrieflyUnreachable_SendRetried_NoMessageLost()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.Emulator.FailNextAsync("sendMessage", 3, 502, cancellationToken: Ct);
        var answer = await world.AskAsync(1004, "thu tuc cap giay phep ban le ruou");
        Assert.Contains("Căn cứ", answer.Text, StringComparison.Ordinal);
        Assert.Single(await world.Emulator.BotMessagesAsync(1004, Ct));
    }

    [Fact]
    public async Task Turn_LongerThanTurnTimeout_AbandonedWithApologyAndNextMessageAnswered()
    {
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?> { ["Telegram:TurnTimeout"] = "00:00:01" });

        // Telegram asks the bot to wait 5 s before sending: longer than the 1 s turn allows.
        await world.Emulator.FailNextAsync("sendMessage", 1, 429, retryAfter: 5, Ct);
        var apology = await world.AskAsync(1006, "thu tuc cap giay phep ban le ruou");
        Assert.Equal(BotTexts.TurnFailed, apology.Text);
        Assert.Contains("Hướng dẫn", (await world.AskAsync(1006, "/huongdan")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Entries_IdTooLongForCallbackData_LeftOut()
    {
        var entries = new[] { "demo-ruou-001", new string('x', 80) }.Select(id => new MoitBot.Knowledge.Bank.KnowledgeEntry
        {
            Id = id, Kind = MoitBot.Knowledge.Bank.EntryKind.QuestionAnswer, Field = "ruou", Title = "Câu hỏi", Body = "Trả lời",
        });
        var button = Assert.Single(Keyboards.Entries(CallbackData.Entry, entries).InlineKeyboard.SelectMany(r => r));
        Assert.Equal("ent:demo-ruou-001", button.CallbackData);
    }

    [Fact]
    public async Task UnsupportedMessage_Sticker_ToldWhatIsUnderstood()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.Emulator.SendAsync(1005, 1005, string.Empty, extra: new { sticker = new { file_id = "s1", file_unique_id = "s1", type = "regular", width = 512, height = 512, is_animated = false, is_video = false } }, cancellationToken: Ct);
        var reply = (await world.Emulator.WaitForMessagesAsync(1005, 1, Ct))[0];
        Assert.Equal(BotTexts.UnsupportedMessage, reply.Text);
    }
}
