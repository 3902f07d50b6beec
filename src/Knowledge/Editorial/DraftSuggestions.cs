using System.Security.Cryptography;
using System.Text;
using Dapper;
using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Storage;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// Turns bot answers that officials marked helpful into draft suggestions: each mark counts for
/// (question, answering entry); at the threshold a draft Q&amp;A with the official's question and
/// the entry's answer enters the review queue, and later marks keep raising its count.
/// </summary>
public sealed class DraftSuggestions(
    SqliteDatabase database,
    KnowledgeBank bank,
    EditorialStore editorial,
    AuditLog audit,
    IOptions<EditorialOptions> options,
    TimeProvider timeProvider)
{
    public const string SystemActor = "he-thong";
    public const int MaxQuestionLength = 2000;

    /// <summary>Counts one "helpful" mark. Returns null when the entry does not exist.</summary>
    public async Task<HelpfulSuggestion?> SuggestFromHelpfulAnswerAsync(string question, string entryId, CancellationToken cancellationToken = default)
    {
        var text = VietnameseText.Normalize(question).Trim();
        if (text.Length == 0 || text.Length > MaxQuestionLength)
        {
            throw new ArgumentException($"The question must have 1 to {MaxQuestionLength} characters.", nameof(question));
        }

        var source = await bank.Store.GetAsync(entryId, cancellationToken);
        if (source is null)
        {
            return null;
        }

        var key = string.Join(' ', VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var now = StoredTime.Format(timeProvider.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleAsync<(long Count, string? DraftEntryId)>(new CommandDefinition(
            """
            INSERT INTO helpful_suggestions(question_key, source_entry_id, question, count, first_at, last_at) VALUES (@key, @entryId, @text, 1, @now, @now)
            ON CONFLICT(question_key, source_entry_id) DO UPDATE SET count = count + 1, last_at = excluded.last_at;
            SELECT count, draft_entry_id FROM helpful_suggestions WHERE question_key = @key AND source_entry_id = @entryId;
            """,
            new { key, entryId, text, now }, cancellationToken: cancellationToken));
        await connection.CloseAsync();

        var count = (int)row.Count;
        var draftId = row.DraftEntryId;
        if (draftId is null && count >= options.Value.HelpfulSuggestionThreshold && key != VietnameseText.Fold(source.Question ?? source.Title).Trim())
        {
            draftId = await CreateDraftAsync(text, key, source, count, cancellationToken);
        }
        else if (draftId is not null && await editorial.GetAsync(draftId, cancellationToken) is { } record)
        {
            await editorial.SaveAsync(record with { HelpfulCount = count }, cancellationToken);
        }

        return new HelpfulSuggestion(text, entryId, count, draftId);
    }

    private async Task<string> CreateDraftAsync(string question, string key, KnowledgeEntry source, int count, CancellationToken cancellationToken)
    {
        var id = "goi-y-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\u001f{source.Id}")))[..12];
        var draft = await bank.SaveAsync(new KnowledgeEntry
        {
            Id = id,
            Kind = EntryKind.QuestionAnswer,
            Field = source.Field,
            Title = question.Length > EditorialWorkflow.MaxTitleLength ? question[..EditorialWorkflow.MaxTitleLength] : question,
            Question = question,
            Body = source.Body,
            References = source.References,
            Status = EntryStatus.Draft,
            Provenance = Provenance.Editor,
        }, SystemActor, cancellationToken);
        await editorial.SaveAsync(new EditorialRecord
        {
            EntryId = id,
            Source = DraftSource.HelpfulAnswer,
            LastAction = EditorialAction.Suggested,
            OriginalQuestion = question,
            HelpfulCount = count,
            Comment = $"Gợi ý từ câu trả lời của bot (mục {source.Id}) được đánh giá hữu ích {count} lần.",
        }, cancellationToken);
        await audit.AppendAsync(AuditRecord.EntrySubject, id, EditorialAction.Suggested, SystemActor, $"Nguồn: {source.Id}", null, draft, cancellationToken);

        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE helpful_suggestions SET draft_entry_id = @id WHERE question_key = @key AND source_entry_id = @sourceId",
            new { id, key, sourceId = source.Id }, cancellationToken: cancellationToken));
        return id;
    }
}
