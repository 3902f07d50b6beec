using System.Globalization;
using System.Text.Json;
using Dapper;
using MoitBot.Knowledge.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>
/// Durable record of every update received, keyed by (bot, update_id): a redelivered update is
/// recognised, and one received but not handled before a crash is handled after the restart.
/// </summary>
public sealed class TelegramUpdateLog(SqliteDatabase database, TimeProvider time)
{
    /// <summary>Records the update; false when it was seen before.</summary>
    public async Task<bool> TryRecordAsync(long botId, Update update, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO telegram_updates(bot_id, update_id, payload, received_at) VALUES (@botId, @id, @payload, @now)",
            new { botId, id = update.Id, payload = JsonSerializer.Serialize(update, JsonBotAPI.Options), now = Now() },
            cancellationToken: cancellationToken));
        return inserted == 1;
    }

    /// <summary>Forgets an update that could not be queued, so Telegram's redelivery is accepted.</summary>
    public async Task ForgetAsync(long botId, int updateId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM telegram_updates WHERE bot_id = @botId AND update_id = @updateId AND handled_at IS NULL",
            new { botId, updateId }, cancellationToken: cancellationToken));
    }

    public async Task MarkHandledAsync(long botId, int updateId, string outcome, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_updates SET handled_at = @now, outcome = @outcome, payload = '' WHERE bot_id = @botId AND update_id = @updateId",
            new { botId, updateId, outcome, now = Now() }, cancellationToken: cancellationToken));
    }

    /// <summary>Updates received but never handled (the process stopped in between), oldest first.</summary>
    public async Task<IReadOnlyList<Update>> PendingAsync(long botId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var payloads = await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT payload FROM telegram_updates WHERE bot_id = @botId AND handled_at IS NULL ORDER BY update_id",
            new { botId }, cancellationToken: cancellationToken));
        return payloads.Select(p => JsonSerializer.Deserialize<Update>(p, JsonBotAPI.Options)).OfType<Update>().ToList();
    }

    /// <summary>Drops handled records older than the window in which Telegram may redeliver.</summary>
    public async Task PruneAsync(TimeSpan keep, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM telegram_updates WHERE handled_at IS NOT NULL AND handled_at < @cutoff",
            new { cutoff = (time.GetUtcNow() - keep).ToString("O", CultureInfo.InvariantCulture) }, cancellationToken: cancellationToken));
    }

    private string Now() => time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
}
