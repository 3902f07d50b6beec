using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MoitBot.Bot.Tests;

/// <summary>The real host on its own temporary SQLite file, with the demo bank loaded.</summary>
public sealed class BotFactory : WebApplicationFactory<Program>
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "moitbot-bot-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(_directory, "bot.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_directory);
        builder.UseSetting("ConnectionStrings:MoitBot", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Testing");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: the temp folder is not worth a failed test.
        }
    }
}
