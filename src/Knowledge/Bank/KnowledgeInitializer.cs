using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Synonyms;

namespace MoitBot.Knowledge.Bank;

/// <summary>Start-up work every host runs before answering: schema migration, then the thesaurus and the index rebuilt from the bank.</summary>
public sealed partial class KnowledgeInitializer(SchemaMigrator migrator, KnowledgeBank bank, SynonymCatalog synonyms, ILogger<KnowledgeInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default) => await migrator.MigrateAsync(cancellationToken);

    /// <summary>
    /// Loads the bank into the index. An unreachable index (Qdrant down) does not stop the host:
    /// questions get the "recorded, will be answered" reply and the consistency job fills the index later.
    /// </summary>
    public async Task<int> LoadIndexAsync(CancellationToken cancellationToken = default)
    {
        await synonyms.ReloadAsync(cancellationToken);
        try
        {
            return await bank.RebuildIndexAsync(cancellationToken);
        }
        catch (IndexUnavailableException ex)
        {
            LogIndexUnavailable(logger, ex);
            return 0;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The index is unreachable at start-up; it will be filled by the consistency check once it is back")]
    private static partial void LogIndexUnavailable(ILogger logger, Exception exception);
}
