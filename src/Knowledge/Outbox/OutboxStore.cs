using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Outbox;

/// <summary>
/// The durable outbox. Enqueue inside the transaction of the change that causes the message;
/// the dispatcher claims due messages with a lease, so a crashed process's messages come back.
/// </summary>
public sealed class OutboxStore(SqliteDatabase database, TimeProvider timeProvider)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Adds a message unless one with the same idempotency key exists. Returns true when added.</summary>
    public async Task<bool> EnqueueAsync(SqliteConnection connection, SqliteTransaction transaction, string kind, string idempotencyKey, object payload, CancellationToken cancellationToken = default)
    {
        var now = StoredTime.Format(timeProvider.GetUtcNow());
        var rows = await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT OR IGNORE INTO outbox(kind, idempotency_key, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@kind, @idempotencyKey, @payload, 'Pending', 0, @now, @now)
            """,
            new { kind, idempotencyKey, payload = JsonSerializer.Serialize(payload, KnowledgeJson.Options), now }, transaction, cancellationToken: cancellationToken));
        return rows == 1;
    }

    public async Task<bool> EnqueueAsync(string kind, string idempotencyKey, object payload, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        var added = await EnqueueAsync(connection, transaction, kind, idempotencyKey, payload, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return added;
    }

    /// <summary>Claims up to <paramref name="max"/> due messages of the given kinds for this process.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ClaimDueAsync(IReadOnlyCollection<string> kinds, int max, CancellationToken cancellationToken = default)
    {
        if (kinds.Count == 0)
        {
            return [];
        }

        var now = timeProvider.GetUtcNow();
        var args = new { kinds, now = StoredTime.Format(now), until = StoredTime.Format(now + Lease), max };
        const string Due = "status = 'Pending' AND kind IN @kinds AND next_attempt_at <= @now AND (locked_until IS NULL OR locked_until <= @now)";
        await using var connection = await database.OpenAsync(cancellationToken);

        // Most polls find nothing: a plain read then, so an idle dispatcher never takes SQLite's write lock.
        if (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition($"SELECT EXISTS (SELECT 1 FROM outbox WHERE {Due})", args, cancellationToken: cancellationToken)))
        {
            return [];
        }

        // One statement claims and returns the rows, so two dispatchers never claim the same message.
        var rows = await connection.QueryAsync<(long Id, string Kind, string Key, string Payload, long Attempts, string CreatedAt)>(new CommandDefinition(
            $"""
            UPDATE outbox SET locked_until = @until
            WHERE id IN (SELECT id FROM outbox WHERE {Due} ORDER BY id LIMIT @max)
            RETURNING id, kind, idempotency_key, payload, attempts, created_at
            """,
            args, cancellationToken: cancellationToken));
        return rows.OrderBy(r => r.Id).Select(r => new OutboxMessage(r.Id, r.Kind, r.Key, r.Payload, (int)r.Attempts, StoredTime.Parse(r.CreatedAt))).ToList();
    }

    public async Task MarkSentAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE outbox SET status = 'Sent', sent_at = @now, locked_until = NULL WHERE id = @id",
            new { id, now = StoredTime.Format(timeProvider.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    /// <summary>Schedules another attempt, or gives up (status Failed) after <paramref name="maxAttempts"/>.</summary>
    public async Task MarkFailedAsync(long id, string error, TimeSpan retryAfter, int maxAttempts, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE outbox SET attempts = attempts + 1, last_error = @error, locked_until = NULL, next_attempt_at = @next,
              status = CASE WHEN attempts + 1 >= @maxAttempts THEN 'Failed' ELSE 'Pending' END
            WHERE id = @id
            """,
            new { id, error = error.Length > 2000 ? error[..2000] : error, next = StoredTime.Format(timeProvider.GetUtcNow() + retryAfter), maxAttempts },
            cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<(string Kind, string Status, int Count)>> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Kind, string Status, long Count)>(new CommandDefinition(
            "SELECT kind, status, COUNT(*) FROM outbox GROUP BY kind, status ORDER BY kind, status", cancellationToken: cancellationToken));
        return rows.Select(r => (r.Kind, r.Status, (int)r.Count)).ToList();
    }


}
