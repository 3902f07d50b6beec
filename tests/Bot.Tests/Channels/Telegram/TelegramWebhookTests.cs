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
