using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Outbox;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Bank;

/// <summary>
/// The knowledge bank: entries saved in SQLite and mirrored into the index. Drafts are indexed
/// (editors search them) but filtered out for users; retired entries leave the index.
/// </summary>
public sealed partial class KnowledgeBank(
    KnowledgeStore store,
    IKnowledgeIndex index,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IOptions<EmbeddingsOptions> embeddingOptions,
    TermStatistics statistics,
    OutboxStore outbox,
    IOptions<EditorialOptions> editorialOptions,
    ILogger<KnowledgeBank> logger)
{
    /// <summary>What the index holds: drafts (for editors) and approved entries.</summary>
    public static IReadOnlyList<EntryStatus> IndexedStatuses { get; } = [EntryStatus.Draft, EntryStatus.Approved];

    public KnowledgeStore Store => store;

    public async Task<KnowledgeEntry> SaveAsync(KnowledgeEntry entry, string changedBy, CancellationToken cancellationToken = default)
    {
        var saved = await store.SaveAsync(entry, changedBy, cancellationToken);
        await SyncAsync([saved], cancellationToken);
        await AnnounceDraftsAsync([saved], cancellationToken);
        return saved;
    }

    public async Task<IReadOnlyList<KnowledgeEntry>> SaveManyAsync(IReadOnlyList<KnowledgeEntry> entries, string changedBy, CancellationToken cancellationToken = default)
    {
        var saved = await store.SaveManyAsync(entries, changedBy, cancellationToken);
        await SyncAsync(saved, cancellationToken);
        await AnnounceDraftsAsync(saved, cancellationToken);
        return saved;
    }

    /// <summary>
    /// Every path that creates a draft or changes one (staff answers, ingestion, editors, helpful
    /// suggestions) saves through the bank, so the editors' Teams card is announced here, once per
    /// entry version; an unchanged save keeps its version and the idempotency key drops the repeat.
    /// Every later version (approved, rejected, retired, reopened, edited) also asks for the card of
    /// the earlier draft to be updated; the Teams side completes it quietly when no card was posted.
    /// </summary>
    private async Task AnnounceDraftsAsync(IReadOnlyList<KnowledgeEntry> saved, CancellationToken cancellationToken)
    {
        if (!editorialOptions.Value.TeamsDraftCards)
        {
            return;
        }

        foreach (var entry in saved.Where(e => e.Provenance != Provenance.Demo))
        {
            if (entry.Status == EntryStatus.Draft)
            {
                await outbox.EnqueueAsync(OutboxKinds.TeamsDraftCard, $"{OutboxKinds.TeamsDraftCard}:{entry.Id}:v{entry.Version}",
                    new DraftNotice(entry.Id, entry.Version), cancellationToken);
            }

            if (entry.Version > 1)
            {
                await outbox.EnqueueAsync(OutboxKinds.TeamsDraftCardUpdated, $"{OutboxKinds.TeamsDraftCardUpdated}:{entry.Id}:v{entry.Version}",
                    new DraftNotice(entry.Id, entry.Version), cancellationToken);
            }
        }
    }

    /// <summary>Approve, send back to draft or retire; the index follows at once.</summary>
    public async Task<KnowledgeEntry?> SetStatusAsync(string id, EntryStatus status, string changedBy, CancellationToken cancellationToken = default)
    {
        var entry = await store.GetAsync(id, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        return entry.Status == status ? entry : await SaveAsync(entry with { Status = status }, changedBy, cancellationToken);
    }

    /// <summary>Loads every indexable entry into the index, embedding only what the vector cache lacks.</summary>
    public async Task<int> RebuildIndexAsync(CancellationToken cancellationToken = default)
    {
        var entries = await store.ListAsync(IndexedStatuses, cancellationToken);
        await SyncAsync(entries, cancellationToken);
        LogIndexRebuilt(logger, entries.Count);
        return entries.Count;
    }

    /// <summary>
    /// Brings the index in line with these saved entries. Term statistics follow the bank first,
    /// so confidence stays right even when the index write fails and is repaired later.
    /// </summary>
    public async Task SyncAsync(IReadOnlyList<KnowledgeEntry> entries, CancellationToken cancellationToken = default)
    {
        var retired = entries.Where(e => !IndexedStatuses.Contains(e.Status)).Select(e => e.Id).ToList();
        var live = entries.Where(e => IndexedStatuses.Contains(e.Status)).ToList();
        var documents = live.Count == 0 ? [] : await DocumentsForAsync(live, cancellationToken);
        foreach (var id in retired)
        {
            statistics.Remove(id);
        }

        var liveById = live.ToDictionary(e => e.Id, StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Status == EntryStatus.Approved)
            {
                statistics.Set(document.EntryId, document.TitleTerms.Concat(document.BodyTerms), TypedWords.Of(ConfidenceEstimator.TextOf(liveById[document.EntryId])));
            }
            else
            {
                statistics.Remove(document.EntryId);
            }
        }

        if (retired.Count > 0)
        {
            await index.DeleteAsync(retired, cancellationToken);
        }

        if (documents.Count > 0)
        {
            await index.UpsertAsync(documents, cancellationToken);
        }
    }

    /// <summary>Index documents for these entries, embedding only what the vector cache lacks.</summary>
    public async Task<IReadOnlyList<IndexDocument>> DocumentsForAsync(IReadOnlyList<KnowledgeEntry> entries, CancellationToken cancellationToken = default)
    {
        var vectors = await VectorsForAsync(entries, cancellationToken);
        return entries.Select(e => ToDocument(e, vectors[e.Id])).ToList();
    }

    public static IndexDocument ToDocument(KnowledgeEntry entry, float[] vector)
    {
        var referenceText = string.Join('\n', entry.References.Select(r => $"{r.DisplayTitle} {r.Locator}"));
        return new IndexDocument(
            entry.Id,
            TextAnalyzer.Analyze(entry.SearchTitle),
            TextAnalyzer.Analyze($"{entry.SearchBody}\n{referenceText}"),
            vector,
            entry.Field,
            entry.Status,
            entry.DocumentKeys(),
            entry.ContentHash,
            entry.SourceId);
    }

    public static string EmbeddingText(KnowledgeEntry entry) => $"{entry.SearchTitle}\n{entry.SearchBody}";

    private async Task<Dictionary<string, float[]>> VectorsForAsync(IReadOnlyList<KnowledgeEntry> entries, CancellationToken cancellationToken)
    {
        var options = embeddingOptions.Value;
        // A save of a few entries reads only their cached vectors; a full rebuild reads them all in one pass.
        var cached = await store.LoadVectorsAsync(options.CacheKey, entries.Count > 2000 ? null : entries.Select(e => e.Id).ToList(), cancellationToken);
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var missing = new List<KnowledgeEntry>();
        foreach (var entry in entries)
        {
            if (cached.TryGetValue(entry.Id, out var hit) && hit.Hash == entry.ContentHash)
            {
                result[entry.Id] = hit.Vector;
            }
            else
            {
                missing.Add(entry);
            }
        }

        foreach (var batch in missing.Chunk(options.BatchSize))
        {
            var embeddings = await embedder.GenerateAsync(batch.Select(EmbeddingText), cancellationToken: cancellationToken);
            var fresh = batch.Zip(embeddings, (e, v) => (e.Id, e.ContentHash, v.Vector.ToArray())).ToList();
            await store.SaveVectorsAsync(options.CacheKey, fresh, cancellationToken);
            foreach (var (id, _, vector) in fresh)
            {
                result[id] = vector;
            }
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Index rebuilt from the bank: {EntryCount} entries")]
    private static partial void LogIndexRebuilt(ILogger logger, int entryCount);
}
