using System.Globalization;
using Dapper;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Questions the channels answered and the officials' helpful / not-helpful marks, feeding the
/// operators' dashboard and report. Channels call <see cref="RecordAsync"/> after answering and
/// <see cref="RecordFeedbackAsync"/> when the official presses a feedback button.
/// </summary>
public sealed class QuestionLog(SqliteDatabase database, TimeProvider timeProvider)
{
    public async Task<long> RecordAsync(string channel, string question, Answer answer, string? officialId = null, string? province = null,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            """
            INSERT INTO question_log(asked_at, channel, official_id, province, field, department, outcome, entry_id, question)
            VALUES (@at, @channel, @officialId, @province, @field, @department, @outcome, @entryId, @question);
            SELECT last_insert_rowid();
            """,
            new
            {
                at = StoredTime.Format(timeProvider.GetUtcNow()),
                channel,
                officialId,
                province,
                field = answer.Field?.Code ?? string.Empty,
                department = answer.Department?.Code ?? string.Empty,
                outcome = answer.Outcome.ToString(),
                entryId = answer.Sources.Count > 0 ? answer.Sources[0].Id : null,
                question = question.Length > 4000 ? question[..4000] : question,
            },
            cancellationToken: cancellationToken));
    }

    public async Task<bool> RecordFeedbackAsync(long questionId, bool helpful, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE question_log SET helpful = @helpful WHERE id = @questionId", new { questionId, helpful }, cancellationToken: cancellationToken)) == 1;
    }

    public async Task<IReadOnlyList<AskedQuestion>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(
            "SELECT id, asked_at AS AskedAt, channel, official_id AS OfficialId, province, field, department, outcome, entry_id AS EntryId, question, helpful FROM question_log WHERE asked_at >= @from AND asked_at < @to ORDER BY id",
            new { from = StoredTime.Format(from), to = StoredTime.Format(to) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToQuestion()).ToList();
    }

    private sealed record Row(long Id, string AskedAt, string Channel, string? OfficialId, string? Province, string Field, string Department, string Outcome,
        string? EntryId, string Question, long? Helpful)
    {
        public AskedQuestion ToQuestion() => new()
        {
            Id = Id,
            AskedAt = DateTimeOffset.Parse(AskedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            Channel = Channel,
            OfficialId = OfficialId,
            Province = Province,
            Field = Field,
            Department = Department,
            Outcome = Enum.Parse<AnswerOutcome>(Outcome),
            EntryId = EntryId,
            Question = Question,
            Helpful = Helpful is null ? null : Helpful == 1,
        };
    }
}
