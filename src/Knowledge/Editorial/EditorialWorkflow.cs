using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Editorial;

/// <summary>
/// The editor's actions on entries, channel-neutral (web UI and Teams cards call the same
/// methods): approve, send back, reject, retire, reopen, edit, create. Every action is checked
/// against <see cref="EntryTransitions"/> and written to the audit log; approving and retiring go
/// through the bank, so the index (and the next question) follows at once.
/// </summary>
public sealed class EditorialWorkflow(
    KnowledgeBank bank,
    EditorialStore editorial,
    AuditLog audit,
    LegalDocumentRegistry documents,
    DraftOrigins origins,
    MinistryCatalog catalog,
    IOptions<EditorialOptions> options,
    TimeProvider timeProvider)
{
    public const int MaxTitleLength = 500;
    public const int MaxBodyLength = 20_000;

    public async Task<WorkflowResult> ApproveAsync(string entryId, string editor, CancellationToken cancellationToken = default)
    {
        var entry = await bank.Store.GetAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return WorkflowResult.Missing(entryId);
        }

        if (!EntryTransitions.IsAllowed(EditorialAction.Approved, entry.Status))
        {
            return WorkflowResult.Refused($"Chỉ duyệt được mục đang là bản nháp (mục này: {StatusName(entry.Status)}).", entry);
        }

        var record = await editorial.GetOrDefaultAsync(entry, cancellationToken);
        var origin = await origins.FindAsync(entry, record, cancellationToken);
        var personal = FindPersonalData(entry, origin);
        if (personal.Count > 0)
        {
            return WorkflowResult.Refused("Nội dung còn dữ liệu cá nhân (số điện thoại, e-mail hoặc tên người hỏi). Hãy sửa trước khi duyệt.", entry)
                with { PersonalData = personal };
        }

        var unknown = await documents.FindUnknownAsync(entry.References, cancellationToken);
        var saved = await bank.SaveAsync(entry with { Status = EntryStatus.Approved }, editor, cancellationToken);
        var today = Today();
        var reviewBy = record.ReviewBy is { } due && due > today ? due : today.AddDays((int)Math.Ceiling(options.Value.ReviewPeriod.TotalDays));
        await RecordAsync(entry, saved, record with { LastAction = EditorialAction.Approved, Flag = null, Comment = null, ReviewBy = reviewBy },
            EditorialAction.Approved, editor, null, cancellationToken);
        return WorkflowResult.Ok(saved, unknown);
    }

    public async Task<WorkflowResult> SendBackAsync(string entryId, string editor, string? comment, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(comment))
        {
            return WorkflowResult.Refused("Hãy ghi nhận xét khi trả lại bản nháp.");
        }

        return await TransitionAsync(entryId, EditorialAction.SentBack, editor, comment.Trim(), cancellationToken);
    }

    public Task<WorkflowResult> RejectAsync(string entryId, string editor, string? comment = null, CancellationToken cancellationToken = default) =>
        TransitionAsync(entryId, EditorialAction.Rejected, editor, comment, cancellationToken);

    public Task<WorkflowResult> RetireAsync(string entryId, string editor, string? comment = null, CancellationToken cancellationToken = default) =>
        TransitionAsync(entryId, EditorialAction.Retired, editor, comment, cancellationToken);

    public Task<WorkflowResult> ReopenAsync(string entryId, string editor, string? comment = null, CancellationToken cancellationToken = default) =>
        TransitionAsync(entryId, EditorialAction.Reopened, editor, comment, cancellationToken);

    /// <summary>Saves an editor's changes to a draft, or creates a new draft when <see cref="EntryEdit.Id"/> is empty.</summary>
    public async Task<WorkflowResult> SaveAsync(EntryEdit edit, string editor, CancellationToken cancellationToken = default)
    {
        var problem = Validate(edit);
        if (problem is not null)
        {
            return WorkflowResult.Refused(problem);
        }

        var existing = string.IsNullOrWhiteSpace(edit.Id) ? null : await bank.Store.GetAsync(edit.Id, cancellationToken);
        if (!string.IsNullOrWhiteSpace(edit.Id) && existing is null)
        {
            return WorkflowResult.Missing(edit.Id);
        }

        if (existing is not null && !EntryTransitions.IsAllowed(EditorialAction.Edited, existing.Status))
        {
            return WorkflowResult.Refused("Chỉ sửa được bản nháp. Hãy mở lại mục để sửa.", existing);
        }

        var entry = (existing ?? new KnowledgeEntry
        {
            Id = $"bt-{Guid.NewGuid():N}"[..15],
            Kind = EntryKind.QuestionAnswer,
            Field = edit.Field,
            Title = edit.Title,
            Body = edit.Body,
            Provenance = Provenance.Editor,
        }) with
        {
            Field = edit.Field,
            Title = edit.Title.Trim(),
            Question = string.IsNullOrWhiteSpace(edit.Question) ? null : edit.Question.Trim(),
            Body = edit.Body.Trim(),
            References = edit.References,
            Status = EntryStatus.Draft,
        };
        var saved = await bank.SaveAsync(entry, editor, cancellationToken);
        var record = existing is null ? EditorialStore.DefaultFor(saved) : await editorial.GetOrDefaultAsync(existing, cancellationToken);
        var action = existing is null ? EditorialAction.Created : EditorialAction.Edited;
        await RecordAsync(existing, saved, record with { LastAction = action, ReviewBy = edit.ReviewBy ?? record.ReviewBy }, action, editor, null, cancellationToken);
        var unknown = await documents.FindUnknownAsync(saved.References, cancellationToken);
        return WorkflowResult.Ok(saved, unknown);
    }

    /// <summary>Personal data in what approval would publish (title, question, answer); the page shows it, approval refuses it.</summary>
    public static IReadOnlyList<PersonalDataFinding> FindPersonalData(KnowledgeEntry entry, DraftOrigin origin) =>
        PersonalDataDetector.Find($"{entry.Title}\n{entry.Question}\n{entry.Body}", origin.AskerNames);

    public static string StatusName(EntryStatus status) => status switch
    {
        EntryStatus.Draft => "bản nháp",
        EntryStatus.Approved => "đã duyệt",
        _ => "đã gỡ",
    };

    private async Task<WorkflowResult> TransitionAsync(string entryId, EditorialAction action, string editor, string? comment, CancellationToken cancellationToken)
    {
        var entry = await bank.Store.GetAsync(entryId, cancellationToken);
        if (entry is null)
        {
            return WorkflowResult.Missing(entryId);
        }

        if (EntryTransitions.TargetOf(action, entry.Status) is not { } target)
        {
            return WorkflowResult.Refused($"Không thể thực hiện thao tác này với mục {StatusName(entry.Status)}.", entry);
        }

        var saved = target == entry.Status ? entry : await bank.SaveAsync(entry with { Status = target }, editor, cancellationToken);
        var record = await editorial.GetOrDefaultAsync(entry, cancellationToken);
        await RecordAsync(entry, saved, record with { LastAction = action, Comment = comment ?? record.Comment }, action, editor, comment, cancellationToken);
        return WorkflowResult.Ok(saved);
    }

    private async Task RecordAsync(KnowledgeEntry? before, KnowledgeEntry after, EditorialRecord record, EditorialAction action, string editor, string? comment,
        CancellationToken cancellationToken)
    {
        await editorial.SaveAsync(record, cancellationToken);
        await audit.AppendAsync(AuditRecord.EntrySubject, after.Id, action, editor, comment, before, after, cancellationToken);
    }

    private string? Validate(EntryEdit edit)
    {
        if (catalog.FindField(edit.Field) is null)
        {
            return "Lĩnh vực không hợp lệ.";
        }

        if (string.IsNullOrWhiteSpace(edit.Title) || string.IsNullOrWhiteSpace(edit.Body))
        {
            return "Tiêu đề và nội dung trả lời không được để trống.";
        }

        if (edit.Title.Length > MaxTitleLength || (edit.Question?.Length ?? 0) > MaxTitleLength * 4 || edit.Body.Length > MaxBodyLength)
        {
            return $"Nội dung quá dài (tiêu đề tối đa {MaxTitleLength} ký tự, trả lời tối đa {MaxBodyLength} ký tự).";
        }

        return null;
    }

    private DateOnly Today() => DateOnly.FromDateTime(timeProvider.GetUtcNow().UtcDateTime);
}
