using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MoitBot.Bot.Tests.Channels.Telegram;

/// <summary>
/// The user side of the telegram-test-api emulator (tests/emulators/telegram.js): what an official
/// types and presses, and what the bot sent. Each test uses its own bot token, so tests never see
/// each other's messages.
/// </summary>
public sealed class TelegramEmulator : IDisposable
{
    private static int _nextBot = Random.Shared.Next(1_000_000, 9_000_000);
    private readonly HttpClient _http;

    private TelegramEmulator(Uri baseUrl)
    {
        BaseUrl = baseUrl;
        _http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        Token = $"{Interlocked.Increment(ref _nextBot)}:test-{Guid.NewGuid():N}";
    }

    public Uri BaseUrl { get; }

    public string Token { get; }

    public static string BotUsername => "TestNameBot";

    /// <summary>The emulator, or a skip (a failure when MOITBOT_E2E=required) when it is not running.</summary>
    public static async Task<TelegramEmulator> ConnectAsync(CancellationToken cancellationToken)
    {
        var url = new Uri(Environment.GetEnvironmentVariable("TELEGRAM_EMULATOR_URL") is { Length: > 0 } configured ? configured : "http://127.0.0.1:9000");
        var emulator = new TelegramEmulator(url);
        try
        {
            using var response = await emulator._http.GetAsync(new Uri("_test/ping", UriKind.Relative), cancellationToken);
            response.EnsureSuccessStatusCode();
            return emulator;
        }
        catch (HttpRequestException e)
        {
            emulator.Dispose();
            var why = $"The Telegram emulator is not reachable at {url} ({e.Message}); start it with tests/setup/20-telegram-emulator.sh.";
            if (string.Equals(Environment.GetEnvironmentVariable("MOITBOT_E2E"), "required", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(why);
            }

            Assert.Skip(why);
            throw;
        }
    }

    public static object User(long id, string name = "Cán bộ") => new { id, is_bot = false, first_name = name, language_code = "vi" };

    /// <summary>An official types a message; returns its message id.</summary>
    public async Task<int> SendAsync(long chatId, long userId, string text, bool group = false, int? replyTo = null, object? extra = null, CancellationToken cancellationToken = default)
    {
        var message = new JsonObject
        {
            ["botToken"] = Token,
            ["from"] = JsonSerializer.SerializeToNode(User(userId)),
            ["chat"] = group ? JsonSerializer.SerializeToNode(new { id = chatId, type = "supergroup", title = "UBND xã" }) : JsonSerializer.SerializeToNode(new { id = chatId, type = "private" }),
        };
        if (text.Length > 0)
        {
            message["text"] = text;
        }

        if (replyTo is { } id)
        {
            message["reply_to_message_id"] = id;
        }

        if (extra is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(extra)!.AsObject())
            {
                message[key] = value?.DeepClone();
            }
        }

        var result = await PostAsync("sendMessage", message, cancellationToken);
        return result.GetProperty("message_id").GetInt32();
    }

    /// <summary>An official presses an inline button under one of the bot's messages.</summary>
    public Task PressAsync(long chatId, long userId, int messageId, string data, CancellationToken cancellationToken = default) =>
        PostAsync("sendCallback", new { botToken = Token, from = User(userId), message = new { message_id = messageId, chat = new { id = chatId } }, data }, cancellationToken);

    public async Task<string> UploadFileAsync(string fileName, byte[] bytes, CancellationToken cancellationToken = default)
    {
        var result = await PostAsync("_test/uploadFile", new { fileName, base64 = Convert.ToBase64String(bytes) }, cancellationToken);
        return result.GetProperty("file_id").GetString()!;
    }

    public async Task<IReadOnlyList<BotMessage>> BotMessagesAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var result = await PostAsync("_test/botMessages", new { token = Token, chatId }, cancellationToken);
        return result.EnumerateArray().Select(BotMessage.From).ToList();
    }

    /// <summary>Waits until the bot has sent at least <paramref name="count"/> messages to the chat.</summary>
    public Task<IReadOnlyList<BotMessage>> WaitForMessagesAsync(long chatId, int count, CancellationToken cancellationToken = default) =>
        PollAsync<IReadOnlyList<BotMessage>>(async ct => await BotMessagesAsync(chatId, ct) is { } messages && messages.Count >= count ? messages : null, cancellationToken);

    /// <summary>Waits for the first bot message (after the first <paramref name="skip"/>) that matches.</summary>
    public Task<BotMessage> WaitForAsync(long chatId, Func<BotMessage, bool> match, int skip = 0, CancellationToken cancellationToken = default) =>
        PollAsync(async ct => (await BotMessagesAsync(chatId, ct)).Skip(skip).FirstOrDefault(match), cancellationToken);

    /// <summary>Waits until the bot has answered at least <paramref name="count"/> button presses.</summary>
    public Task<IReadOnlyList<JsonElement>> WaitForCallbackAnswersAsync(int count, CancellationToken cancellationToken = default) =>
        PollAsync<IReadOnlyList<JsonElement>>(async ct => await CallbackAnswersAsync(ct) is var answers && answers.GetArrayLength() >= count ? answers.EnumerateArray().ToList() : null, cancellationToken);

    public async Task<JsonElement> CallbackAnswersAsync(CancellationToken cancellationToken = default) =>
        await PostAsync("_test/callbackAnswers", new { token = Token }, cancellationToken);

    public async Task<JsonElement> CommandsAsync(CancellationToken cancellationToken = default) =>
        await PostAsync("_test/commands", new { token = Token }, cancellationToken);

    public async Task<JsonElement> WebhookAsync(CancellationToken cancellationToken = default) =>
        await PostAsync("_test/webhook", new { token = Token }, cancellationToken);

    /// <summary>The next <paramref name="count"/> calls of a Bot API method fail (429 with retry_after, or 502).</summary>
    public Task FailNextAsync(string method, int count, int status, int? retryAfter = null, CancellationToken cancellationToken = default) =>
        PostAsync("_test/failNext", new { token = Token, method, count, status, retryAfter }, cancellationToken);

    public void Dispose() => _http.Dispose();

    /// <summary>Asks again every 40 ms until <paramref name="probe"/> finds something; gives up after 60 s.</summary>
    private static async Task<T> PollAsync<T>(Func<CancellationToken, Task<T?>> probe, CancellationToken cancellationToken)
        where T : class
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (true)
        {
            if (await probe(timeout.Token) is { } found)
            {
                return found;
            }

            await Task.Delay(40, timeout.Token);
        }
    }

    private async Task<JsonElement> PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"Emulator {path} failed: {json}");
        return json.GetProperty("result").Clone();
    }
}
