using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Ingest.Pipeline;

/// <summary>
/// The embedded index lives in the bot's process and is rebuilt from SQLite (reusing stored
/// vectors) when the bot starts; an ingest process that only writes the bank keeps none of its
/// own, which saves the memory of holding every entry. A shared index (Qdrant) is kept as configured.
/// </summary>
public sealed class BankOnlyIndex : IKnowledgeIndex
{
    public Task UpsertAsync(IReadOnlyList<IndexDocument> documents, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task DeleteAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SearchHit>>([]);

    public Task<long> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);
}
