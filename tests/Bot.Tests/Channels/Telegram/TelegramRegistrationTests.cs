using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_DialogWithContactThenInviteCode_OfficialVerified()
    {
        await using var world = await TelegramScenario.StartAsync();
        Assert.Contains("Họ và tên", (await world.AskAsync(701, "/dangky")).Text, StringComparison.Ordinal);
        Assert.Contains("Chức vụ", (await world.AskAsync(701, "Trần Thị <Bình>")).Text, StringComparison.Ordinal);
        Assert.Contains("Xã/phường", (await world.AskAsync(701, "Công chức Văn hóa - Xã hội")).Text, StringComparison.Ordinal);
        var provinces = await world.AskAsync(701, "Xã Đông Anh");
        Assert.Equal(34, provinces.Buttons.Count);
        var phonePrompt = await world.PressAsync(701, provinces, "Thành phố Hà Nội");
        Assert.Contains("số điện thoại", phonePrompt.Text, StringComparison.Ordinal);
        Assert.Contains("request_contact", phonePrompt.Raw.GetProperty("keyboard").GetRawText(), StringComparison.Ordinal);

        var before = (await world.Emulator.BotMessagesAsync(701, Ct)).Count;
        await world.Emulator.SendAsync(701, 701, string.Empty, extra: new { contact = new { phone_number = "+84901234567", first_name = "Bình", user_id = 701 } }, cancellationToken: Ct);
        var done = (await world.Emulator.WaitForMessagesAsync(701, before + 1, Ct))[before];
        Assert.Contains("chờ xác minh", done.Text, StringComparison.Ordinal);
        Assert.Contains("Trần Thị &lt;Bình&gt;", done.Text, StringComparison.Ordinal);

        var registry = world.Get<OfficialRegistry>();
        var pending = await registry.GetAsync("telegram:701", Ct);
        Assert.Equal(OfficialStatus.Pending, pending!.Status);
        Assert.Equal(("Công chức Văn hóa - Xã hội", "Xã Đông Anh", "Thành phố Hà Nội", "+84901234567"), (pending.Position, pending.Commune, pending.Province, pending.Phone));

        Assert.Contains("không hợp lệ", (await world.AskAsync(701, "/mamoi SAIMA123")).Text, StringComparison.Ordinal);
        var code = await registry.CreateInviteCodeAsync("Thành phố Hà Nội", TimeSpan.FromDays(1), Ct);
        Assert.Contains("Đã xác minh", (await world.AskAsync(701, $"/mamoi {code}")).Text, StringComparison.Ordinal);
        Assert.Equal(OfficialStatus.Verified, (await registry.GetAsync("telegram:701", Ct))!.Status);
    }

    [Fact]
    public async Task Register_InGroupChat_RefusedToKeepPersonalDataPrivate()
    {
        await using var world = await TelegramScenario.StartAsync();
        await world.Emulator.SendAsync(-702, 702, "/dangky@" + TelegramEmulator.BotUsername, group: true, cancellationToken: Ct);
        var reply = (await world.Emulator.WaitForMessagesAsync(-702, 1, Ct))[0];
        Assert.Contains("trò chuyện riêng", reply.Text, StringComparison.Ordinal);
    }
}
