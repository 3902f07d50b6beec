using Dapper;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>SQL for the "teams" schema.</summary>
public sealed class TeamsStore(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string ChannelColumns = "channel_id AS ChannelId, team_id AS TeamId, name AS Name, service_url AS ServiceUrl, tenant_id AS TenantId, department AS Department";
    private const string CardColumns = "ticket_id AS TicketId, channel_id AS ChannelId, team_id AS TeamId, department AS Department, conversation_id AS ConversationId, activity_id AS ActivityId, service_url AS ServiceUrl";

    public async Task SaveTeamAsync(string teamId, string? name, string serviceUrl, string? tenantId, IEnumerable<(string Id, string? Name)> channels, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = Now();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO teams_teams(team_id, name, service_url, tenant_id, updated_at) VALUES (@teamId, @name, @serviceUrl, @tenantId, @now)
            ON CONFLICT(team_id) DO UPDATE SET name = COALESCE(excluded.name, name), service_url = excluded.service_url,
              tenant_id = COALESCE(excluded.tenant_id, tenant_id), updated_at = excluded.updated_at
            """, new { teamId, name, serviceUrl, tenantId, now }, transaction, cancellationToken: cancellationToken));
        foreach (var channel in channels)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO teams_channels(channel_id, team_id, name, service_url, tenant_id, updated_at) VALUES (@Id, @teamId, @Name, @serviceUrl, @tenantId, @now)
                ON CONFLICT(channel_id) DO UPDATE SET team_id = excluded.team_id, name = COALESCE(excluded.name, name),
                  service_url = excluded.service_url, tenant_id = COALESCE(excluded.tenant_id, tenant_id), updated_at = excluded.updated_at
                """, new { channel.Id, channel.Name, teamId, serviceUrl, tenantId, now }, transaction, cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Links a channel to a department (the newest link of a department wins).</summary>
    public async Task LinkChannelAsync(ChannelRecord channel, string department, string linkedBy, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO teams_channels(channel_id, team_id, name, service_url, tenant_id, department, linked_by, linked_at, updated_at)
            VALUES (@ChannelId, @TeamId, @Name, @ServiceUrl, @TenantId, @department, @linkedBy, @now, @now)
            ON CONFLICT(channel_id) DO UPDATE SET team_id = COALESCE(excluded.team_id, team_id), service_url = excluded.service_url,
              tenant_id = COALESCE(excluded.tenant_id, tenant_id), department = excluded.department, linked_by = excluded.linked_by,
              linked_at = excluded.linked_at, updated_at = excluded.updated_at
            """, new { channel.ChannelId, channel.TeamId, channel.Name, channel.ServiceUrl, channel.TenantId, department, linkedBy, now = Now() },
            cancellationToken: cancellationToken));
    }

    public async Task<ChannelRecord?> FindLinkedChannelAsync(string department, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<ChannelRecord>(new CommandDefinition(
            $"SELECT {ChannelColumns} FROM teams_channels WHERE department = @department ORDER BY linked_at DESC LIMIT 1",
            new { department }, cancellationToken: cancellationToken));
    }

    public async Task<ChannelRecord?> GetChannelAsync(string channelId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ChannelRecord>(new CommandDefinition(
            $"SELECT {ChannelColumns} FROM teams_channels WHERE channel_id = @channelId", new { channelId }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<CardRecord>> CardsAsync(long ticketId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<CardRecord>(new CommandDefinition(
            $"SELECT {CardColumns} FROM teams_cards WHERE ticket_id = @ticketId ORDER BY posted_at", new { ticketId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task<CardRecord?> FindCardAsync(string activityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QueryFirstOrDefaultAsync<CardRecord>(new CommandDefinition(
            $"SELECT {CardColumns} FROM teams_cards WHERE activity_id = @activityId", new { activityId }, cancellationToken: cancellationToken));
    }

    public async Task SaveCardAsync(CardRecord card, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO teams_cards(ticket_id, channel_id, team_id, department, conversation_id, activity_id, service_url, posted_at)
            VALUES (@TicketId, @ChannelId, @TeamId, @Department, @ConversationId, @ActivityId, @ServiceUrl, @now)
            ON CONFLICT(ticket_id, channel_id) DO UPDATE SET conversation_id = excluded.conversation_id, activity_id = excluded.activity_id,
              service_url = excluded.service_url, department = excluded.department
            """, new { card.TicketId, card.ChannelId, card.TeamId, card.Department, card.ConversationId, card.ActivityId, card.ServiceUrl, now = Now() },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> WasSentAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM teams_sent WHERE key = @key", new { key }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task<IReadOnlySet<string>> SentKeysAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var keys = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT key FROM teams_sent WHERE key LIKE @pattern", new { pattern = prefix + "%" }, cancellationToken: cancellationToken));
        return keys.ToHashSet(StringComparer.Ordinal);
    }

    public async Task MarkSentAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO teams_sent(key, sent_at) VALUES (@key, @now)", new { key, now = Now() }, cancellationToken: cancellationToken));
    }

    private string Now() => StoredTime.Format(timeProvider.GetUtcNow());
}
