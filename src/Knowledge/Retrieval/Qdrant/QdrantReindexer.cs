using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Retrieval.Qdrant;

/// <summary>
/// Re-index without downtime: fill a new physical collection from the SQLite bank (cached
/// vectors, the embedder only for what the cache lacks), switch the alias to it in one request,
/// then drop the old collection. Searches keep hitting the old collection until the switch.
/// Writes made during the rebuild land in the old collection; the consistency check repairs them.
/// </summary>
public sealed partial class QdrantReindexer(
    QdrantKnowledgeIndex index,
    KnowledgeBank bank,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    TimeProvider timeProvider,
    ILogger<QdrantReindexer> logger)
{
    public async Task<QdrantReindexReport> ReindexAsync(CancellationToken cancellationToken = default)
    {
        var previous = await index.ResolveAliasAsync(cancellationToken);
        if (previous is null && await index.CollectionNameTakenAsync(cancellationToken))
        {
            throw new InvalidOperationException(
                $"'{index.Alias}' is a collection, not an alias. Rename it or set Qdrant:Collection to another name, then run reindex again.");
        }

        var entries = await bank.Store.ListAsync(KnowledgeBank.IndexedStatuses, cancellationToken);
        var documents = await bank.DocumentsForAsync(entries, cancellationToken);
        var dimensions = documents.Count > 0 ? documents[0].Vector.Length : await ProbeDimensionsAsync(cancellationToken);

        var physical = QdrantRequests.PhysicalName(index.Alias, timeProvider.GetUtcNow());
        await index.CreatePhysicalCollectionAsync(physical, dimensions, cancellationToken);
        try
        {
            await index.UpsertIntoAsync(physical, documents, cancellationToken);
        }
        catch
        {
            // The alias still points to the old collection; do not leave a half-filled one behind.
            await index.DropCollectionAsync(physical, CancellationToken.None);
            throw;
        }

        await index.SwitchAliasAsync(physical, aliasExists: previous is not null, cancellationToken);
        if (previous is not null)
        {
            await index.DropCollectionAsync(previous, cancellationToken);
        }

        LogReindexed(logger, index.Alias, physical, documents.Count, previous ?? "(none)");
        return new QdrantReindexReport(index.Alias, physical, previous, documents.Count);
    }

    private async Task<int> ProbeDimensionsAsync(CancellationToken cancellationToken)
    {
        var probe = await embedder.GenerateAsync(["probe"], cancellationToken: cancellationToken);
        return probe[0].Vector.Length;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-indexed alias {Alias} into {Collection}: {PointCount} points; dropped {Previous}")]
    private static partial void LogReindexed(ILogger logger, string alias, string collection, int pointCount, string previous);
}
