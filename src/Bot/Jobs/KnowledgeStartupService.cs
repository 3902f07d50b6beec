using MoitBot.Bot.Demo;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// Runs before the server accepts requests (hosted services start before Kestrel): schema,
/// the demo bank on first start, then the index rebuilt from the bank.
/// </summary>
public sealed partial class KnowledgeStartupService(KnowledgeInitializer initializer, DemoBankSeeder seeder, ILogger<KnowledgeStartupService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await initializer.MigrateAsync(cancellationToken);
        await seeder.SeedIfEmptyAsync(cancellationToken);
        var count = await initializer.LoadIndexAsync(cancellationToken);
        LogReady(logger, count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Knowledge bank ready: {EntryCount} entries indexed")]
    private static partial void LogReady(ILogger logger, int entryCount);
}
