using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Bench.Retrieval;

/// <summary>
/// Our embedded index, built through the production path: entries become documents with
/// <see cref="KnowledgeBank.ToDocument"/> and are searched with <see cref="Retriever"/>.
/// </summary>
internal sealed class EmbeddedSystem(SearchMode mode, RetrievalOptions? options = null) : ISearchSystem
{
    private readonly HashingEmbeddingGenerator _embedder = new();
    private readonly EmbeddedKnowledgeIndex _index = new(Options.Create(options ?? new RetrievalOptions()));
    private readonly SearchFilter _filter = SearchFilter.ApprovedOnly;
    private Retriever? _retriever;

    public string Name => mode switch
    {
        SearchMode.Lexical => "MoitBot lexical",
        SearchMode.Dense => "MoitBot dense (hashing)",
        _ => "MoitBot hybrid",
    };

    public static KnowledgeEntry ToEntry(string id, string title, string body, string field) => new()
    {
        Id = id,
        Kind = EntryKind.Guidance,
        Field = field,
        Title = title,
        Body = body,
        Status = EntryStatus.Approved,
        Provenance = Provenance.Ingested,
    };

    public async Task BuildAsync(IReadOnlyList<Article> articles, CancellationToken cancellationToken)
    {
        var entries = articles.Select(a => ToEntry(a.Id, a.Title, a.Body, "alqac")).ToList();
        await IndexAsync(_index, _embedder, entries, cancellationToken);
        _retriever = new Retriever(_index, _embedder);
    }

    public static async Task IndexAsync(IKnowledgeIndex index, HashingEmbeddingGenerator embedder, IReadOnlyList<KnowledgeEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var batch in entries.Chunk(1000))
        {
            var documents = batch.Select(e => KnowledgeBank.ToDocument(e, embedder.Embed(KnowledgeBank.EmbeddingText(e)))).ToList();
            await index.UpsertAsync(documents, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<string>> SearchAsync(string question, int top, CancellationToken cancellationToken)
    {
        var retriever = _retriever ?? throw new InvalidOperationException("Build the index first.");
        var hits = await retriever.SearchAsync(question, _filter, top, mode, cancellationToken);
        return hits.Select(h => h.EntryId).ToList();
    }

    public void Dispose()
    {
        _index.Dispose();
        _embedder.Dispose();
    }
}
