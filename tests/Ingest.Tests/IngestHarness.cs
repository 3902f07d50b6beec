using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoitBot.Ingest.Embedding;
using MoitBot.Ingest.Pipeline;
using MoitBot.Ingest.Reporting;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Ingest.Tests;

/// <summary>
/// A real ingest stack on its own temporary folder and SQLite file, with the embedder wrapped by
/// a counter. <see cref="OpenBotAsync"/> opens the bank the way the bot does at start (fresh
/// services, index rebuilt from SQLite) to ask questions through the real AnswerService.
/// </summary>
public sealed class IngestHarness : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers = [];
    private IngestHarness(string root)
    {
        Root = root;
        Sources = Path.Combine(root, "nguon");
        Directory.CreateDirectory(Sources);
    }

    public string Root { get; }

    /// <summary>The folder tests put their source files in.</summary>
    public string Sources { get; }

    public string DatabasePath => Path.Combine(Root, "bank.db");

    public CountingEmbeddingGenerator Embedder { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public IngestRunner Runner => Services.GetRequiredService<IngestRunner>();

    public KnowledgeBank Bank => Services.GetRequiredService<KnowledgeBank>();

    public static async Task<IngestHarness> CreateAsync(Dictionary<string, string?>? settings = null)
    {
        var harness = new IngestHarness(Path.Combine(Path.GetTempPath(), "moitbot-ingest-tests", Guid.NewGuid().ToString("N")));
        var (services, embedder) = harness.Build(settings, bot: false);
        harness.Services = services;
        harness.Embedder = embedder;
        await services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(TestContext.Current.CancellationToken);
        return harness;
    }

    public string PathOf(string name) => Path.Combine(Sources, name);

    public async Task<IngestReport> IngestAsync(IngestRequest? request = null, IProgress<IngestProgress>? progress = null, CancellationToken? cancellationToken = null)
    {
        request ??= new IngestRequest([Sources]);
        var scan = Runner.Scan(request);
        return await Runner.RunAsync(request, scan, progress, cancellationToken ?? TestContext.Current.CancellationToken);
    }

    /// <summary>What the bot sees after a restart: the knowledge core alone on the same file, index rebuilt from SQLite.</summary>
    public async Task<(AnswerService Answers, CountingEmbeddingGenerator Embedder)> OpenBotAsync()
    {
        var (services, embedder) = Build(null, bot: true);
        await services.GetRequiredService<KnowledgeInitializer>().MigrateAsync(TestContext.Current.CancellationToken);
        await services.GetRequiredService<KnowledgeInitializer>().LoadIndexAsync(TestContext.Current.CancellationToken);
        return (services.GetRequiredService<AnswerService>(), embedder);
    }

    private (ServiceProvider, CountingEmbeddingGenerator) Build(Dictionary<string, string?>? settings, bool bot)
    {
        var values = new Dictionary<string, string?>
        {
            ["ConnectionStrings:MoitBot"] = $"Data Source={DatabasePath}",
            ["Ingest:EmbeddingRetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        var services = (bot ? collection.AddKnowledge(configuration) : collection.AddIngest(configuration))
            .DecorateEmbedder((_, inner) => new CountingEmbeddingGenerator(inner))
            .BuildServiceProvider(validateScopes: true);
        _providers.Add(services);
        return (services, (CountingEmbeddingGenerator)services.GetRequiredService<IEmbeddingGenerator<string, Embedding<float>>>());
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var provider in _providers)
        {
            await provider.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A lingering handle on a temp folder is not worth failing a test for.
        }
    }
}
