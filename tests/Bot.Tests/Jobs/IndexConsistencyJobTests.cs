using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bot.Tests.Jobs;

public sealed class IndexConsistencyJobTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnceAsync_EntryMissingFromIndex_PutsItBack()
    {
        await using var factory = new BotFactory();
        _ = factory.CreateClient();
        var index = factory.Services.GetRequiredService<IKnowledgeIndex>();
        var before = await index.CountAsync(Ct);
        var some = await FirstIdsAsync((IIndexInventory)index, 3);
        await index.DeleteAsync(some, Ct);

        await Job(factory.Services).RunOnceAsync(TimeSpan.FromMinutes(1), Ct);

        Assert.Equal(before, await index.CountAsync(Ct));
    }

    [Fact]
    public async Task RunOnceAsync_IndexUnreachable_LogsAndDoesNotThrow()
    {
        await using var baseFactory = new BotFactory();
        await using var factory = baseFactory.WithWebHostBuilder(b =>
        {
            foreach (var (key, value) in ClosedPort.UnreachableQdrantSettings())
            {
                b.UseSetting(key, value);
            }
        });
        _ = factory.CreateClient();

        var ex = await Record.ExceptionAsync(() => Job(factory.Services).RunOnceAsync(TimeSpan.FromMinutes(1), Ct));

        Assert.Null(ex);
    }

    private static IndexConsistencyJob Job(IServiceProvider services) => new(
        services.GetRequiredService<IndexConsistencyChecker>(),
        services.GetRequiredService<IOptions<KnowledgeOptions>>(),
        TimeProvider.System,
        NullLogger<IndexConsistencyJob>.Instance);

    private static async Task<List<string>> FirstIdsAsync(IIndexInventory inventory, int count)
    {
        var ids = new List<string>();
        await foreach (var (id, _) in inventory.ListAsync(Ct))
        {
            if (ids.Count < count)
            {
                ids.Add(id);
            }
        }

        return ids;
    }
}
