using System.Globalization;
using Dapper;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;

namespace MoitBot.Knowledge.Editorial;

/// <summary>Per-entry editorial records in SQLite. An entry without a record gets one derived from its provenance.</summary>
public sealed class EditorialStore(SqliteDatabase database, TimeProvider timeProvider)
{
    private const string Select = "SELECT entry_id AS EntryId, source, review_by AS ReviewBy, last_action AS LastAction, flag, comment, original_question AS OriginalQuestion, helpful_count AS HelpfulCount, created_at AS CreatedAt, updated_at AS UpdatedAt FROM editorial_entries";

    public async Task<EditorialRecord?> GetAsync(string entryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(new CommandDefinition($"{Select} WHERE entry_id = @entryId", new { entryId }, cancellationToken: cancellationToken));
        return row?.ToRecord();
    }

    public async Task<EditorialRecord> GetOrDefaultAsync(KnowledgeEntry entry, CancellationToken cancellationToken = default) =>
        await GetAsync(entry.Id, cancellationToken) ?? DefaultFor(entry);

    public async Task<IReadOnlyDictionary<string, EditorialRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(Select, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRecord()).ToDictionary(r => r.EntryId, StringComparer.Ordinal);
    }

    public async Task SaveAsync(EditorialRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var now = StoredTime.Format(timeProvider.GetUtcNow());
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO editorial_entries(entry_id, source, review_by, last_action, flag, comment, original_question, helpful_count, created_at, updated_at)
            VALUES (@EntryId, @Source, @ReviewBy, @LastAction, @Flag, @Comment, @OriginalQuestion, @HelpfulCount, @created, @now)
            ON CONFLICT(entry_id) DO UPDATE SET source = excluded.source, review_by = excluded.review_by, last_action = excluded.last_action,
              flag = excluded.flag, comment = excluded.comment, original_question = excluded.original_question,
              helpful_count = excluded.helpful_count, updated_at = excluded.updated_at
            """,
            new
            {
                record.EntryId,
                Source = record.Source.ToString(),
                ReviewBy = record.ReviewBy?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                LastAction = record.LastAction?.ToString(),
                record.Flag,
                record.Comment,
                record.OriginalQuestion,
                record.HelpfulCount,
                now,
                // A record first written long after its entry (first action on an old draft) keeps the entry's age.
                created = record.CreatedAt == default ? now : StoredTime.Format(record.CreatedAt),
            },
            cancellationToken: cancellationToken));
    }

    public static EditorialRecord DefaultFor(KnowledgeEntry entry) => new()
    {
        EntryId = entry.Id,
        Source = entry.Provenance switch
        {
            Provenance.StaffAnswer => DraftSource.StaffAnswer,
            Provenance.Ingested => DraftSource.Ingested,
            Provenance.Demo => DraftSource.Demo,
            _ => DraftSource.Editor,
        },
        OriginalQuestion = entry.Provenance == Provenance.StaffAnswer ? entry.Question : null,
        CreatedAt = entry.UpdatedAt,
        UpdatedAt = entry.UpdatedAt,
    };

    private sealed record Row(string EntryId, string Source, string? ReviewBy, string? LastAction, string? Flag, string? Comment, string? OriginalQuestion,
        long HelpfulCount, string CreatedAt, string UpdatedAt)
    {
        public EditorialRecord ToRecord() => new()
        {
            EntryId = EntryId,
            Source = Enum.Parse<DraftSource>(Source),
            ReviewBy = ReviewBy is null ? null : DateOnly.ParseExact(ReviewBy, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            LastAction = LastAction is null ? null : Enum.Parse<EditorialAction>(LastAction),
            Flag = Flag,
            Comment = Comment,
            OriginalQuestion = OriginalQuestion,
            HelpfulCount = (int)HelpfulCount,
            CreatedAt = DateTimeOffset.Parse(CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            UpdatedAt = DateTimeOffset.Parse(UpdatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        };
    }
}
