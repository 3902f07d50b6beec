using System.Globalization;
using System.Text.Json;
using Dapper;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Bot.Channels.Telegram;

/// <summary>Per-chat memory of the Telegram channel: last question, shown answers, feedback, dialogs, attachments.</summary>
public sealed class ConversationStore(SqliteDatabase database, TimeProvider time)
{
    public async Task<string?> LastQuestionAsync(long chatId, TimeSpan maxAge, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT last_question FROM telegram_chats WHERE chat_id = @chatId AND updated_at >= @since",
            new { chatId, since = Stamp(time.GetUtcNow() - maxAge) }, cancellationToken: cancellationToken));
    }

    public async Task SetLastQuestionAsync(long chatId, string question, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_chats(chat_id, last_question, updated_at) VALUES (@chatId, @question, @now) "
            + "ON CONFLICT(chat_id) DO UPDATE SET last_question = excluded.last_question, updated_at = excluded.updated_at",
            new { chatId, question, now = Stamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    public async Task<long> SaveAnswerAsync(long chatId, long userId, string question, string outcome, string? field, IReadOnlyList<string> entryIds, CancellationToken cancellationToken, long? questionLogId = null)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "INSERT INTO telegram_answers(chat_id, user_id, question, outcome, field, entry_ids, created_at, question_log_id) "
            + "VALUES (@chatId, @userId, @question, @outcome, @field, @ids, @now, @questionLogId) RETURNING id",
            new { chatId, userId, question, outcome, field, ids = JsonSerializer.Serialize(entryIds), now = Stamp(time.GetUtcNow()), questionLogId },
            cancellationToken: cancellationToken));
    }

    /// <summary>The answer shown in this chat; another chat's answer is never returned.</summary>
    public async Task<ShownAnswer?> GetAnswerAsync(long id, long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long Id, long ChatId, long UserId, string Question, string Outcome, string? Field, string EntryIds, string? TicketCode, long? QuestionLogId)>(new CommandDefinition(
            "SELECT id, chat_id, user_id, question, outcome, field, entry_ids, ticket_code, question_log_id FROM telegram_answers WHERE id = @id AND chat_id = @chatId",
            new { id, chatId }, cancellationToken: cancellationToken));
        return row.Id == 0 ? null : new ShownAnswer(row.Id, row.ChatId, row.UserId, row.Question, row.Outcome, row.Field, JsonSerializer.Deserialize<string[]>(row.EntryIds) ?? [], row.TicketCode, row.QuestionLogId);
    }

    public async Task SetTicketAsync(long answerId, string ticketCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_answers SET ticket_code = @ticketCode WHERE id = @answerId", new { answerId, ticketCode }, cancellationToken: cancellationToken));
    }

    public async Task SaveTicketRatingAsync(string ticketCode, long userId, bool helpful, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_ticket_ratings(ticket_code, user_id, helpful, created_at) VALUES (@ticketCode, @userId, @helpful, @now) "
            + "ON CONFLICT(ticket_code, user_id) DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at",
            new { ticketCode, userId, helpful, now = Stamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    /// <summary>True when a delivery with this key already reached Telegram (a repeat after a crash is skipped).</summary>
    public async Task<bool> WasDeliveredAsync(string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM telegram_deliveries WHERE idempotency_key = @key", new { key }, cancellationToken: cancellationToken)) > 0;
    }

    public async Task RecordDeliveryAsync(string key, long chatId, int messageId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT OR IGNORE INTO telegram_deliveries(idempotency_key, chat_id, message_id, sent_at) VALUES (@key, @chatId, @messageId, @now)",
            new { key, chatId, messageId, now = Stamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    public async Task SaveFeedbackAsync(long answerId, long userId, bool helpful, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_feedback(answer_id, user_id, helpful, created_at) VALUES (@answerId, @userId, @helpful, @now) "
            + "ON CONFLICT(answer_id, user_id) DO UPDATE SET helpful = excluded.helpful, created_at = excluded.created_at",
            new { answerId, userId, helpful, now = Stamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    /// <summary>How often each entry was the answer shown, for "most asked" lists.</summary>
    public async Task<IReadOnlyDictionary<string, int>> AnswerCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string EntryId, int Count)>(new CommandDefinition(
            "SELECT json_extract(entry_ids, '$[0]') AS entry_id, COUNT(*) FROM telegram_answers WHERE outcome = 'Answered' GROUP BY 1",
            cancellationToken: cancellationToken));
        return rows.Where(r => r.EntryId is not null).ToDictionary(r => r.EntryId, r => r.Count, StringComparer.Ordinal);
    }

    public async Task<DialogState?> GetDialogAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(long UserId, long ChatId, string Kind, string Step, string Data)>(new CommandDefinition(
            "SELECT user_id, chat_id, kind, step, data FROM telegram_dialogs WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken));
        return row.Kind is null ? null : new DialogState(row.UserId, row.ChatId, row.Kind, row.Step, JsonSerializer.Deserialize<Dictionary<string, string>>(row.Data) ?? []);
    }

    public async Task SaveDialogAsync(DialogState dialog, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_dialogs(user_id, chat_id, kind, step, data, updated_at) VALUES (@UserId, @ChatId, @Kind, @Step, @data, @now) "
            + "ON CONFLICT(user_id) DO UPDATE SET chat_id = excluded.chat_id, kind = excluded.kind, step = excluded.step, data = excluded.data, updated_at = excluded.updated_at",
            new { dialog.UserId, dialog.ChatId, dialog.Kind, dialog.Step, data = JsonSerializer.Serialize(dialog.Data), now = Stamp(time.GetUtcNow()) },
            cancellationToken: cancellationToken));
    }

    public async Task EndDialogAsync(long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("DELETE FROM telegram_dialogs WHERE user_id = @userId", new { userId }, cancellationToken: cancellationToken));
    }

    public async Task AddAttachmentAsync(long chatId, long userId, string path, string fileName, long size, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO telegram_attachments(chat_id, user_id, path, file_name, size, created_at) VALUES (@chatId, @userId, @path, @fileName, @size, @now)",
            new { chatId, userId, path, fileName, size, now = Stamp(time.GetUtcNow()) }, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<PendingAttachment>> PendingAttachmentsAsync(long chatId, long userId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<PendingAttachment>(new CommandDefinition(
            "SELECT id, path, file_name AS FileName, size FROM telegram_attachments WHERE chat_id = @chatId AND user_id = @userId AND ticket_code IS NULL ORDER BY id",
            new { chatId, userId }, cancellationToken: cancellationToken));
        return rows.ToList();
    }

    public async Task AssignAttachmentsAsync(IEnumerable<long> ids, string ticketCode, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE telegram_attachments SET ticket_code = @ticketCode WHERE id IN @ids", new { ids = ids.ToArray(), ticketCode }, cancellationToken: cancellationToken));
    }

    private static string Stamp(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
