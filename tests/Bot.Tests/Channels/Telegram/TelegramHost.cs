using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MoitBot.Bot.Tests.Channels.Telegram;

/// <summary>
/// The real host with the Telegram channel pointed at the emulator, on a SQLite file in a
/// directory the test owns (a second host on the same directory is a restart).
/// </summary>
public sealed class TelegramHost : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    private readonly int? _kestrelPort;

    public TelegramHost(TelegramEmulator emulator, string directory, IReadOnlyDictionary<string, string?>? settings = null, int? kestrelPort = null)
    {
        _kestrelPort = kestrelPort;
        Directory = directory;
        var all = new Dictionary<string, string?>
        {
            ["ConnectionStrings:MoitBot"] = $"Data Source={Path.Combine(directory, "bot.db")}",
            ["Telegram:BotToken"] = emulator.Token,
            ["Telegram:ApiBaseUrl"] = emulator.BaseUrl.AbsoluteUri,
            ["Telegram:PollTimeoutSeconds"] = "2",
            ["Telegram:AttachmentsPath"] = Path.Combine(directory, "attachments"),
            ["Outbox:PollInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        _settings = all;
    }

    public string Directory { get; }

    public static string NewDirectory()
    {
        var directory = Path.Combine(Path.GetTempPath(), "moitbot-telegram-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        return directory;
    }

    public static void DeleteDirectory(string directory)
    {
        SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder is not worth a failed test.
        }
    }

    /// <summary>Starts the host (and with it polling, the worker and the outbox dispatcher).</summary>
    public TelegramHost Start()
    {
        if (_kestrelPort is { } port)
        {
            UseKestrel(port);
            StartServer();
        }

        _ = Services;
        return this;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
