using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoitBot.Knowledge;

namespace MoitBot.Bot.Tests;

/// <summary>The knowledge core alone on a host's SQLite file: another process (the web editor, a command, Telegram) acting on the same data.</summary>
public static class KnowledgeOnly
{
    public static ServiceProvider On(string databasePath)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:MoitBot"] = $"Data Source={databasePath}" }).Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging(b => b.SetMinimumLevel(LogLevel.Warning)).AddKnowledge(configuration).BuildServiceProvider();
    }
}
