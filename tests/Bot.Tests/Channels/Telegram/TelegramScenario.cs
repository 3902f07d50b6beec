using Microsoft.Extensions.DependencyInjection;

namespace MoitBot.Bot.Tests.Channels.Telegram;

/// <summary>One test's world: the emulator (its own bot token), a data directory and the running host.</summary>
public sealed class TelegramScenario : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, string?>? _settings;

    private readonly int? _kestrelPort;

    private TelegramScenario(TelegramEmulator emulator, string directory, IReadOnlyDictionary<string, string?>? settings, int? kestrelPort)
    {
        Emulator = emulator;
        Directory = directory;
        _settings = settings;
        _kestrelPort = kestrelPort;
        Host = new TelegramHost(emulator, directory, settings, kestrelPort).Start();
    }

    public TelegramEmulator Emulator { get; }

    public string Directory { get; }

    public TelegramHost Host { get; private set; }

    public static async Task<TelegramScenario> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, int? kestrelPort = null)
    {
        var emulator = await TelegramEmulator.ConnectAsync(TestContext.Current.CancellationToken);
        return new TelegramScenario(emulator, TelegramHost.NewDirectory(), settings, kestrelPort);
    }

    /// <summary>Registers an official directly in the domain (the dialog itself is tested separately).</summary>
    public async Task<MoitBot.Knowledge.Escalation.Official> RegisterOfficialAsync(long userId, bool verified = true)
    {
        var registry = Get<MoitBot.Knowledge.Escalation.OfficialRegistry>();
        var official = await registry.RegisterAsync(new MoitBot.Knowledge.Escalation.Official
        {
            Id = $"telegram:{userId}",
            Channel = "telegram",
            ExternalId = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ChatId = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            FullName = "Nguyễn Văn An",
            Position = "Công chức Kinh tế",
            Commune = "Phường Ba Đình",
            Province = "Thành phố Hà Nội",
        }, TestContext.Current.CancellationToken);
        return verified ? (await registry.VerifyAsync(official.Id, "test", TestContext.Current.CancellationToken))! : official;
    }

    /// <summary>Sends a message and returns the bot's first reply to it.</summary>
    public async Task<BotMessage> AskAsync(long chatId, string text, long? userId = null)
    {
        var before = (await Emulator.BotMessagesAsync(chatId, TestContext.Current.CancellationToken)).Count;
        await Emulator.SendAsync(chatId, userId ?? chatId, text, cancellationToken: TestContext.Current.CancellationToken);
        return (await Emulator.WaitForMessagesAsync(chatId, before + 1, TestContext.Current.CancellationToken))[before];
    }

    /// <summary>Presses a button and returns the bot's next message in the chat.</summary>
    public async Task<BotMessage> PressAsync(long chatId, BotMessage message, string label, long? userId = null)
    {
        var before = (await Emulator.BotMessagesAsync(chatId, TestContext.Current.CancellationToken)).Count;
        await Emulator.PressAsync(chatId, userId ?? chatId, message.MessageId, message.ButtonData(label), TestContext.Current.CancellationToken);
        return (await Emulator.WaitForMessagesAsync(chatId, before + 1, TestContext.Current.CancellationToken))[before];
    }

    public T Get<T>()
        where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Stops the host and starts a new one on the same database (a restart).</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = new TelegramHost(Emulator, Directory, _settings, _kestrelPort).Start();
    }

    public async Task StopAsync() => await Host.DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Emulator.Dispose();
        TelegramHost.DeleteDirectory(Directory);
    }
}
