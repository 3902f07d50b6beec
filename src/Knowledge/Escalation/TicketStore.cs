using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Escalation;

/// <summary>SQL for tickets and their history. Writes take the caller's transaction so outbox messages commit with them.</summary>
public sealed class TicketStore(SqliteDatabase database)
{
    private const string Select = """
        SELECT id, code, question, field, department, involves_legal AS InvolvesLegal, official_id AS OfficialId, channel, chat_id AS ChatId,
          status, received_at AS ReceivedAt, deadline_at AS DeadlineAt, paused_at AS PausedAt, authority, claimed_by AS ClaimedBy, answer,
          legal_basis AS LegalBasis, answered_by AS AnsweredBy, answered_at AS AnsweredAt, answer_count AS AnswerCount,
          linked_entry_id AS LinkedEntryId, duplicate_of AS DuplicateOf, bot_sources AS BotSources, attachments, updated_at AS UpdatedAt
        FROM tickets
        """;

    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => database.OpenAsync(cancellationToken);

    public static async Task<long> InsertAsync(SqliteConnection connection, SqliteTransaction transaction, Ticket ticket, CancellationToken cancellationToken) =>
        await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO tickets(code, question, field, department, involves_legal, official_id, channel, chat_id, status, received_at, deadline_at,
              paused_at, authority, claimed_by, answer, legal_basis, answered_by, answered_at, answer_count, linked_entry_id, duplicate_of, bot_sources, attachments, updated_at)
            VALUES (@Code, @Question, @Field, @Department, @InvolvesLegal, @OfficialId, @Channel, @ChatId, @Status, @ReceivedAt, @DeadlineAt,
              @PausedAt, @Authority, @ClaimedBy, @Answer, @LegalBasis, @AnsweredBy, @AnsweredAt, @AnswerCount, @LinkedEntryId, @DuplicateOf, @BotSources, @Attachments, @UpdatedAt);
            SELECT last_insert_rowid();
            """,
            Parameters(ticket), transaction, cancellationToken: cancellationToken));

    public static async Task UpdateAsync(SqliteConnection connection, SqliteTransaction transaction, Ticket ticket, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            """
            UPDATE tickets SET field = @Field, department = @Department, involves_legal = @InvolvesLegal, status = @Status, deadline_at = @DeadlineAt,
              paused_at = @PausedAt, authority = @Authority, claimed_by = @ClaimedBy, answer = @Answer, legal_basis = @LegalBasis,
              answered_by = @AnsweredBy, answered_at = @AnsweredAt, answer_count = @AnswerCount, linked_entry_id = @LinkedEntryId,
              duplicate_of = @DuplicateOf, question = @Question, updated_at = @UpdatedAt
            WHERE id = @Id
            """,
            Parameters(ticket), transaction, cancellationToken: cancellationToken));

    public static async Task AddEventAsync(SqliteConnection connection, SqliteTransaction transaction, TicketEvent e, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO ticket_events(ticket_id, action, actor, detail, at) VALUES (@TicketId, @Action, @Actor, @Detail, @at)",
            new { e.TicketId, e.Action, e.Actor, e.Detail, at = StoredTime.Format(e.At) }, transaction, cancellationToken: cancellationToken));

    public static async Task<Ticket?> GetAsync(SqliteConnection connection, SqliteTransaction? transaction, long id, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<TicketRow>(new CommandDefinition($"{Select} WHERE id = @id", new { id }, transaction, cancellationToken: cancellationToken));
        return row?.ToTicket();
    }

    public async Task<Ticket?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, id, cancellationToken);
    }

    public Task<IReadOnlyList<Ticket>> ListAsync(string where, object parameters, CancellationToken cancellationToken = default) =>
        QueryAsync($"{Select} WHERE {where}", parameters, cancellationToken);

    public async Task<IReadOnlyList<TicketEvent>> EventsAsync(long ticketId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long TicketId, string Action, string Actor, string? Detail, string At)>(new CommandDefinition(
            "SELECT ticket_id, action, actor, detail, at FROM ticket_events WHERE ticket_id = @ticketId ORDER BY id", new { ticketId }, cancellationToken: cancellationToken));
        return rows.Select(r => new TicketEvent(r.TicketId, r.Action, r.Actor, r.Detail, StoredTime.Parse(r.At))).ToList();
    }

    private async Task<IReadOnlyList<Ticket>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TicketRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToTicket()).ToList();
    }



    private static object Parameters(Ticket t) => new
    {
        t.Id, t.Code, t.Question, t.Field, t.Department, InvolvesLegal = t.InvolvesLegal ? 1 : 0, t.OfficialId, t.Channel, t.ChatId,
        Status = t.Status.ToString(), ReceivedAt = StoredTime.Format(t.ReceivedAt), DeadlineAt = StoredTime.Format(t.DeadlineAt), PausedAt = t.PausedAt is { } p ? StoredTime.Format(p) : null,
        t.Authority, t.ClaimedBy, t.Answer, t.LegalBasis, t.AnsweredBy, AnsweredAt = t.AnsweredAt is { } a ? StoredTime.Format(a) : null, t.AnswerCount,
        t.LinkedEntryId, t.DuplicateOf, BotSources = JsonSerializer.Serialize(t.BotSources), Attachments = JsonSerializer.Serialize(t.Attachments),
        UpdatedAt = StoredTime.Format(t.UpdatedAt),
    };

    private sealed record TicketRow(long Id, string Code, string Question, string Field, string Department, long InvolvesLegal, string OfficialId,
        string Channel, string ChatId, string Status, string ReceivedAt, string DeadlineAt, string? PausedAt, string? Authority, string? ClaimedBy,
        string? Answer, string? LegalBasis, string? AnsweredBy, string? AnsweredAt, long AnswerCount, string? LinkedEntryId, long? DuplicateOf,
        string BotSources, string Attachments, string UpdatedAt)
    {
        public Ticket ToTicket() => new()
        {
            Id = Id, Code = Code, Question = Question, Field = Field, Department = Department, InvolvesLegal = InvolvesLegal != 0,
            OfficialId = OfficialId, Channel = Channel, ChatId = ChatId, Status = Enum.Parse<TicketStatus>(Status),
            ReceivedAt = StoredTime.Parse(ReceivedAt), DeadlineAt = StoredTime.Parse(DeadlineAt), PausedAt = PausedAt is null ? null : StoredTime.Parse(PausedAt),
            Authority = Authority, ClaimedBy = ClaimedBy, Answer = Answer, LegalBasis = LegalBasis, AnsweredBy = AnsweredBy,
            AnsweredAt = AnsweredAt is null ? null : StoredTime.Parse(AnsweredAt), AnswerCount = (int)AnswerCount, LinkedEntryId = LinkedEntryId,
            DuplicateOf = DuplicateOf, BotSources = JsonSerializer.Deserialize<List<string>>(BotSources) ?? [],
            Attachments = JsonSerializer.Deserialize<List<string>>(Attachments) ?? [], UpdatedAt = StoredTime.Parse(UpdatedAt),
        };
    }
}
