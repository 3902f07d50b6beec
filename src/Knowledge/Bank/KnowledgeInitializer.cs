using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Bank;

/// <summary>Start-up work every host runs before answering: schema migration, then the index rebuilt from the bank.</summary>
public sealed class KnowledgeInitializer(SchemaMigrator migrator, KnowledgeBank bank)
{
    public async Task MigrateAsync(CancellationToken cancellationToken = default) => await migrator.MigrateAsync(cancellationToken);

    public async Task<int> LoadIndexAsync(CancellationToken cancellationToken = default) => await bank.RebuildIndexAsync(cancellationToken);
}
