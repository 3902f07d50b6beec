namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramFirstContactTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Start_NewUser_ExplainsWhatTheBotDoesInVietnameseAndRegistersMenu()
    {
        await using var world = await TelegramScenario.StartAsync();
        var emulator = world.Emulator;
        await emulator.SendAsync(501, 501, "/start", cancellationToken: Ct);
        var welcome = (await emulator.WaitForMessagesAsync(501, 1, Ct))[0];

        Assert.Equal("HTML", welcome.ParseMode, ignoreCase: true);
        Assert.Contains("Tôi làm được", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("Tôi không làm", welcome.Text, StringComparison.Ordinal);
        Assert.Contains("/dangky", welcome.Text, StringComparison.Ordinal);
        var commands = (await emulator.CommandsAsync(Ct)).EnumerateArray().Select(c => c.GetProperty("command").GetString()).ToList();
        Assert.Contains("linhvuc", commands);
        Assert.Contains("phancap", commands);
        Assert.Contains("cauhoi", commands);
        Assert.Contains("huongdan", commands);
    }

    [Fact]
    public async Task Question_WithoutDiacritics_AnsweredWithCitationAndButtons()
    {
        await using var world = await TelegramScenario.StartAsync();
        var emulator = world.Emulator;
        await emulator.SendAsync(502, 502, "thu tuc cap giay phep ban le ruou", cancellationToken: Ct);
        var answer = (await emulator.WaitForMessagesAsync(502, 1, Ct))[0];

        Assert.Equal("HTML", answer.ParseMode, ignoreCase: true);
        Assert.Contains("rượu", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<b>Căn cứ:</b>", answer.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"", answer.Text, StringComparison.Ordinal);
        Assert.Matches(@"\d+/\d{4}/", answer.Text);
        Assert.Contains("Độ tin cậy", answer.Text, StringComparison.Ordinal);
        Assert.True(answer.HasButton("Hữu ích") && answer.HasButton("Chưa đúng") && answer.HasButton("Hỏi cán bộ Bộ") && answer.HasButton("Xem căn cứ"));
    }
}
