namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// The search index over knowledge entries. Two implementations: the embedded one (in-process
/// BM25 + exact cosine) and Qdrant. Documents arrive analysed and embedded by the caller, so
/// every implementation ranks the same terms and vectors.
/// </summary>
public interface IKnowledgeIndex
{
    /// <summary>Adds or replaces documents by entry id.</summary>
    Task UpsertAsync(IReadOnlyList<IndexDocument> documents, CancellationToken cancellationToken = default);

    Task DeleteAsync(IReadOnlyCollection<string> entryIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);

    Task<long> CountAsync(CancellationToken cancellationToken = default);
}
