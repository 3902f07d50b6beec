using MoitBot.Bot.Channels.Telegram;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramButtonTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Helpful_Pressed_FeedbackRecordedAndThanked()
    {
        await using var world = await TelegramScenario.StartAsync();
        var answer = await world.AskAsync(601, "thu tuc cap giay phep ban le ruou");
        await world.Emulator.PressAsync(601, 601, answer.MessageId, answer.ButtonData("Hữu ích"), Ct);

        var thanks = await WaitForCallbackAnswerAsync(world, 1);
        Assert.Equal("Cảm ơn bạn đã đánh giá!", thanks);
        var answerId = long.Parse(answer.ButtonData("Hữu ích").Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        await using var connection = await world.Get<SqliteDatabase>().OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT helpful FROM telegram_feedback WHERE answer_id = {answerId} AND user_id = 601";
        Assert.Equal(1L, await command.ExecuteScalarAsync(Ct));
    }

    [Fact]
    public async Task NotHelpful_Pressed_OffersAskingTheMinistry()
    {
        await using var world = await TelegramScenario.StartAsync();
        var answer = await world.AskAsync(602, "thu tuc cap giay phep ban le ruou");
        var reply = await world.PressAsync(602, answer, "Chưa đúng");

        Assert.Contains("Hỏi cán bộ Bộ", reply.Text, StringComparison.Ordinal);
        Assert.Equal("Cảm ơn bạn đã đánh giá!", await WaitForCallbackAnswerAsync(world, 1));
    }

    [Fact]
    public async Task Sources_Pressed_ShowsTheCitedPassageItself()
    {
        await using var world = await TelegramScenario.StartAsync();
        var answer = await world.AskAsync(603, "thu tuc cap giay phep ban le ruou");
        var passage = await world.PressAsync(603, answer, "Xem căn cứ");

        var answerId = long.Parse(answer.ButtonData("Xem căn cứ").Split(':')[1], System.Globalization.CultureInfo.InvariantCulture);
        var shown = await world.Get<ConversationStore>().GetAnswerAsync(answerId, 603, Ct);
        var entry = await world.Get<KnowledgeStore>().GetAsync(shown!.EntryIds[0], Ct);
        Assert.Contains("<blockquote>", passage.Text, StringComparison.Ordinal);
        Assert.Contains(TelegramHtml.Escape(entry!.Title), passage.Text, StringComparison.Ordinal);
        Assert.Contains(TelegramHtml.Escape(entry.Body.Trim())[..60], passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskMinistry_UnregisteredUser_AskedToRegisterFirst()
    {
        await using var world = await TelegramScenario.StartAsync();
        var answer = await world.AskAsync(604, "thu tuc cap giay phep ban le ruou");
        var reply = await world.PressAsync(604, answer, "Hỏi cán bộ Bộ");

        Assert.Contains("/dangky", reply.Text, StringComparison.Ordinal);
        Assert.Empty(await world.Get<MoitBot.Knowledge.Escalation.EscalationService>().ListForOfficialAsync("telegram:604", Ct));
    }

    [Fact]
    public async Task SourcesButton_ForgedFromAnotherChat_RevealsNothing()
    {
        await using var world = await TelegramScenario.StartAsync();
        var answer = await world.AskAsync(605, "thu tuc cap giay phep ban le ruou");

        // Another user replays the callback data of chat 605's answer from their own chat.
        await world.Emulator.PressAsync(606, 606, answer.MessageId, answer.ButtonData("Xem căn cứ"), Ct);
        Assert.Equal(BotTexts.AnswerExpired, await WaitForCallbackAnswerAsync(world, 1));
        Assert.Empty(await world.Emulator.BotMessagesAsync(606, Ct));
    }

    private static async Task<string?> WaitForCallbackAnswerAsync(TelegramScenario world, int count)
    {
        var last = (await world.Emulator.WaitForCallbackAnswersAsync(count, Ct))[count - 1];
        return last.TryGetProperty("text", out var text) ? text.GetString() : null;
    }
}
