using Dapper;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>The draft cards posted in the editors' channel (teams_draft_cards), so a repeated outbox message posts nothing twice and later versions find the card to update.</summary>
public sealed class DraftCardStore(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Columns = "entry_id AS EntryId, version AS Version, channel_id AS ChannelId, conversation_id AS ConversationId, activity_id AS ActivityId, service_url AS ServiceUrl";

    public async Task<DraftCardRecord?> FindAsync(string entryId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DraftCardRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM teams_draft_cards WHERE entry_id = @entryId AND version = @version", new { entryId, version }, cancellationToken: cancellationToken));
    }

    /// <summary>The newest card posted for a version of this entry older than <paramref name="version"/>, if any.</summary>
    public async Task<DraftCardRecord?> FindLatestBeforeAsync(string entryId, int version, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DraftCardRecord>(new CommandDefinition(
            $"SELECT {Columns} FROM teams_draft_cards WHERE entry_id = @entryId AND version < @version ORDER BY version DESC LIMIT 1",
            new { entryId, version }, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Entries whose newest posted card shows an older version than the entry has now, with that current version, when the
    /// outbox holds no update for that version (key "<paramref name="updateKind"/>:entry:vN", as the bank writes it): a card
    /// updated long ago is not asked for again at every start.
    /// </summary>
    public async Task<IReadOnlyList<(string EntryId, int Version)>> FindOutdatedAsync(string updateKind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string EntryId, long Version)>(new CommandDefinition(
            """
            SELECT c.entry_id, e.version FROM teams_draft_cards c JOIN entries e ON e.id = c.entry_id
            WHERE e.version > c.version AND c.version = (SELECT MAX(version) FROM teams_draft_cards WHERE entry_id = c.entry_id)
              AND NOT EXISTS (SELECT 1 FROM outbox WHERE idempotency_key = @updateKind || ':' || c.entry_id || ':v' || e.version)
            """, new { updateKind }, cancellationToken: cancellationToken));
        return rows.Select(r => (r.EntryId, (int)r.Version)).ToList();
    }

    public async Task SaveAsync(DraftCardRecord card, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT OR REPLACE INTO teams_draft_cards(entry_id, version, channel_id, conversation_id, activity_id, service_url, posted_at)
            VALUES (@EntryId, @Version, @ChannelId, @ConversationId, @ActivityId, @ServiceUrl, @now)
            """,
            new { card.EntryId, card.Version, card.ChannelId, card.ConversationId, card.ActivityId, card.ServiceUrl, now = StoredTime.Format(timeProvider.GetUtcNow()) },
            cancellationToken: cancellationToken));
    }
}
