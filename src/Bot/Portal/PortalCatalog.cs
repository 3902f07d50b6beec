using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Portal;

/// <summary>
/// What the public portal reads: approved entries only, searched with the same retrieval the bot
/// uses (so unaccented queries work). Nothing here ever exposes drafts or askers.
/// </summary>
public sealed class PortalCatalog(KnowledgeStore store, Retriever retriever)
{
    public const int MaxQueryLength = 300;

    public async Task<IReadOnlyList<KnowledgeEntry>> ApprovedAsync(CancellationToken cancellationToken = default) =>
        await store.ListAsync([EntryStatus.Approved], cancellationToken);

    public async Task<KnowledgeEntry?> GetApprovedAsync(string id, CancellationToken cancellationToken = default) =>
        await store.GetAsync(id, cancellationToken) is { Status: EntryStatus.Approved } entry ? entry : null;

    public async Task<IReadOnlyList<KnowledgeEntry>> SearchAsync(string query, string? field, int top, CancellationToken cancellationToken = default)
    {
        var text = query.Length > MaxQueryLength ? query[..MaxQueryLength] : query;
        var filter = string.IsNullOrWhiteSpace(field) ? SearchFilter.ApprovedOnly : SearchFilter.ApprovedOnly with { Fields = [field] };
        var hits = await retriever.SearchAsync(text, filter, top, SearchMode.Hybrid, cancellationToken);
        var entries = (await store.GetManyAsync(hits.Select(h => h.EntryId).ToList(), cancellationToken))
            .Where(e => e.Status == EntryStatus.Approved)
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        return hits.Select(h => entries.GetValueOrDefault(h.EntryId)).OfType<KnowledgeEntry>().ToList();
    }
}
