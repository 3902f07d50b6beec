using System.Net;
using System.Text;
using MoitBot.Bot.Channels.Telegram;

namespace MoitBot.Bot.Tests.Channels.Telegram;

public sealed class TelegramWebhookTests
{
    private const string Secret = "webhook-secret_123";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Webhook_EmulatorDeliversWithRightSecret_UpdateAnswered()
    {
        var port = TelegramHost.FreePort();
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookUrl"] = $"http://127.0.0.1:{port}{TelegramWebhookEndpoint.Path}",
        }, kestrelPort: port);

        var webhook = await world.Emulator.WebhookAsync(Ct);
        Assert.Equal(Secret, webhook.GetProperty("secret_token").GetString());
        var answer = await world.AskAsync(1101, "thu tuc cap giay phep ban le ruou");
        Assert.Contains("Căn cứ", answer.Text, StringComparison.Ordinal);
        Assert.Equal(200, (await world.Emulator.WebhookAsync(Ct)).GetProperty("lastStatus").GetInt32());
    }

    [Fact]
    public async Task Webhook_WrongOrMissingSecret_Unauthorized_DuplicateAnsweredOnce_MalformedRejected()
    {
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
        });
        var client = world.Host.CreateClient();
        var update = """{"update_id": 424242, "message": {"message_id": 7, "date": 1795800000, "chat": {"id": 1102, "type": "private"}, "from": {"id": 1102, "is_bot": false, "first_name": "A"}, "text": "/huongdan"}}""";

        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, update, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, update, "wrong-secret")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, update, Secret + "x")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(client, "{\"update_id\": ", Secret)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, update, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, update, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, update.Replace("424242", "424243", StringComparison.Ordinal).Replace("/huongdan", "/start", StringComparison.Ordinal), Secret)).StatusCode);
        await world.Emulator.WaitForMessagesAsync(1102, 2, Ct);
        var messages = await world.Emulator.BotMessagesAsync(1102, Ct);
        Assert.Equal(2, messages.Count);
        Assert.Contains("Hướng dẫn", messages[0].Text, StringComparison.Ordinal);
        Assert.Contains("Tôi làm được", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Webhook_UpdateThatBreaksItsHandler_UserToldAndNextUpdateStillAnswered()
    {
        await using var world = await TelegramScenario.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
        });
        var client = world.Host.CreateClient();

        // A private-chat command without a sender cannot be handled (no user to look up).
        var broken = """{"update_id": 515151, "message": {"message_id": 9, "date": 1795800000, "chat": {"id": 1103, "type": "private"}, "text": "/cauhoi"}}""";
        var fine = """{"update_id": 515152, "message": {"message_id": 10, "date": 1795800001, "chat": {"id": 1103, "type": "private"}, "from": {"id": 1103, "is_bot": false, "first_name": "A"}, "text": "/huongdan"}}""";
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, broken, Secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, fine, Secret)).StatusCode);

        var messages = await world.Emulator.WaitForMessagesAsync(1103, 2, Ct);
        Assert.Equal(BotTexts.TurnFailed, messages[0].Text);
        Assert.Contains("Hướng dẫn", messages[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_WebhookModeWithoutSecret_RefusesToStart()
    {
        using var emulator = await TelegramEmulator.ConnectAsync(Ct);
        var directory = TelegramHost.NewDirectory();
        try
        {
            await using var host = new TelegramHost(emulator, directory, new Dictionary<string, string?> { ["Telegram:Mode"] = "Webhook" });
            var error = Assert.ThrowsAny<Exception>(() => host.Start());
            Assert.Contains("Telegram:WebhookSecret is required", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            TelegramHost.DeleteDirectory(directory);
        }
    }

    [Fact]
    public async Task Start_NoBotToken_TelegramNotStarted()
    {
        await using var factory = new BotFactory();
        Assert.Null(factory.Services.GetService(typeof(global::Telegram.Bot.ITelegramBotClient)));
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateClient().PostAsync(TelegramWebhookEndpoint.Path, new StringContent("{}"), Ct)).StatusCode);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string json, string? secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TelegramWebhookEndpoint.Path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramWebhookEndpoint.SecretHeader, secret);
        }

        return await client.SendAsync(request, Ct);
    }
}
