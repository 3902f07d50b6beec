using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoitBot.Ingest;
using MoitBot.Ingest.Pipeline;
using MoitBot.Knowledge;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bench.Officials;

/// <summary>
/// A fresh bank in a temporary SQLite file, built the way production builds it: the demo bank
/// seeded as the bot seeds it, the sample folders through the real ingest pipeline (their
/// sidecars decide what enters approved), then the knowledge core opened on the file the way the
/// bot starts (index rebuilt from SQLite) to answer through the real <see cref="AnswerService"/>.
/// Configuration: src/Bot/appsettings.json, then environment variables (Embeddings, Llm...), with
/// the database, the embedded index and, when given, the answering threshold forced.
/// </summary>
internal sealed class OfficialsBank : IAsyncDisposable
{
    private readonly string _folder;
    private readonly ServiceProvider _services;

    private OfficialsBank(string folder, ServiceProvider services, IReadOnlyList<KnowledgeEntry> approved, IReadOnlyList<string> ingestProblems)
    {
        _folder = folder;
        _services = services;
        Approved = approved;
        IngestProblems = ingestProblems;
    }

    public IReadOnlyList<KnowledgeEntry> Approved { get; }

    /// <summary>Files the ingest could not take, with the reason.</summary>
    public IReadOnlyList<string> IngestProblems { get; }

    public AnswerService Answers => _services.GetRequiredService<AnswerService>();

    /// <summary>Answering:ConfidenceThreshold as the bot would read it (its appsettings.json, then the environment).</summary>
    public static double ConfiguredThreshold(RepositoryLayout layout) =>
        Configure(layout, database: ":memory:", answeringThreshold: null).GetValue<double?>($"{AnsweringOptions.Section}:{nameof(AnsweringOptions.ConfidenceThreshold)}")
        ?? new AnsweringOptions().ConfidenceThreshold;

    public static async Task<OfficialsBank> CreateAsync(RepositoryLayout layout, double? answeringThreshold, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "moitbot-officials", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = Configure(layout, Path.Combine(folder, "bank.db"), answeringThreshold);

        var problems = new List<string>();
        await using (var ingest = Build(configuration, services => services.AddIngest(configuration)))
        {
            await ingest.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
            await using (var demo = File.OpenRead(layout.DemoBank))
            {
                await ingest.GetRequiredService<KnowledgeBank>().Store.SaveManyAsync(DemoBankReader.Read(demo), "demo", cancellationToken);
            }

            var runner = ingest.GetRequiredService<IngestRunner>();
            var request = new IngestRequest(layout.SampleFolders);
            var report = await runner.RunAsync(request, runner.Scan(request), progress: null, cancellationToken);
            problems.AddRange(report.Sources.Where(s => s.Reason is not null && s.Outcome == Ingest.Reporting.SourceOutcome.Failed).Select(s => $"{s.Path}: {s.Reason}"));
        }

        var bot = Build(configuration, services => services.AddKnowledge(configuration));
        await bot.GetRequiredService<KnowledgeInitializer>().MigrateAsync(cancellationToken);
        await bot.GetRequiredService<KnowledgeInitializer>().LoadIndexAsync(cancellationToken);
        var approved = await bot.GetRequiredService<KnowledgeBank>().Store.ListAsync([EntryStatus.Approved], cancellationToken);
        return new OfficialsBank(folder, bot, approved, problems);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temporary folder left behind is not worth failing a benchmark for.
        }
    }

    private static IConfiguration Configure(RepositoryLayout layout, string database, double? answeringThreshold)
    {
        var forced = new Dictionary<string, string?>
        {
            ["ConnectionStrings:MoitBot"] = $"Data Source={database}",
            ["Knowledge:Index"] = "Embedded",
        };
        if (answeringThreshold is { } threshold)
        {
            forced["Answering:ConfidenceThreshold"] = threshold.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Llm:PromptsDirectory"] = layout.Prompts })
            .AddJsonFile(layout.BotSettings, optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(forced)
            .Build();
    }

    private static ServiceProvider Build(IConfiguration configuration, Func<IServiceCollection, IServiceCollection> add) =>
        add(new ServiceCollection()
                .AddSingleton(configuration)
                .AddLogging(logging => logging
                    .AddSimpleConsole(o => o.SingleLine = true)
                    .SetMinimumLevel(LogLevel.Warning)
                    .Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace)))
            .BuildServiceProvider(validateScopes: true);
}
