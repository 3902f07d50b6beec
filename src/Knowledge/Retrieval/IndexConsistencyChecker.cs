using Microsoft.Extensions.Logging;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Retrieval;

/// <summary>
/// Compares the bank (drafts and approved entries, the source of truth) with what the index
/// holds, by entry id and content hash, and repairs drift: a write that reached SQLite but not
/// the index (index down, crash between the two), or a point left behind by a retired entry.
/// </summary>
public sealed partial class IndexConsistencyChecker(IKnowledgeIndex index, KnowledgeBank bank, ILogger<IndexConsistencyChecker> logger)
{
    public async Task<IndexConsistencyReport> CheckAsync(bool repair = true, CancellationToken cancellationToken = default)
    {
        if (index is not IIndexInventory inventory)
        {
            throw new NotSupportedException($"{index.GetType().Name} cannot list its content, so drift cannot be checked.");
        }

        // The index is listed before the bank: an entry written in between then looks missing
        // (re-upserted, harmless) rather than orphaned (deleted, wrong).
        var indexed = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var (entryId, contentHash) in inventory.ListAsync(cancellationToken))
        {
            indexed[entryId] = contentHash;
        }

        var entries = await bank.Store.ListAsync(KnowledgeBank.IndexedStatuses, cancellationToken);
        var live = entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var missing = entries.Where(e => !indexed.ContainsKey(e.Id)).Select(e => e.Id).ToList();
        var stale = entries.Where(e => indexed.TryGetValue(e.Id, out var hash) && hash != e.ContentHash).Select(e => e.Id).ToList();
        var orphaned = indexed.Keys.Where(id => !live.Contains(id)).ToList();
        var report = new IndexConsistencyReport(entries.Count, indexed.Count, missing.Count, stale.Count, orphaned.Count, repair);
        if (!report.Drifted)
        {
            return report;
        }

        LogDrift(logger, report.Missing, report.Stale, report.Orphaned, repair);
        if (repair)
        {
            // Re-read just before writing so an edit made during the check is not overwritten by the older copy.
            var fresh = await bank.Store.GetManyAsync([.. missing, .. stale, .. orphaned], cancellationToken);
            await bank.SyncAsync(fresh, cancellationToken);
            var unknown = orphaned.Except(fresh.Select(e => e.Id), StringComparer.Ordinal).ToList();
            await index.DeleteAsync(unknown, cancellationToken);
        }

        return report;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Index drift: {Missing} missing, {Stale} stale, {Orphaned} orphaned entries (repair: {Repair})")]
    private static partial void LogDrift(ILogger logger, int missing, int stale, int orphaned, bool repair);
}
