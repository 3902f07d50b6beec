using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Editor;

/// <summary>
/// One entry for the editor: the original question and province, the staff answer, the reusable
/// question, legal references, warnings (personal data, unknown or repealed documents), the
/// actions allowed in its status, version history with a diff, and the audit log.
/// </summary>
public sealed class EntryModel(
    KnowledgeBank bank,
    EditorialWorkflow workflow,
    EditorialStore editorial,
    LegalDocumentRegistry documents,
    DraftOrigins origins,
    VersionHistory history,
    AuditLog audit,
    MinistryCatalog catalog) : PageModel
{
    [BindProperty]
    public EntryForm Form { get; set; } = new();

    [BindProperty]
    public string? Comment { get; set; }

    [BindProperty(SupportsGet = true, Name = "phien-ban")]
    public int? SelectedVersion { get; set; }

    public KnowledgeEntry Entry { get; private set; } = null!;
    public EditorialRecord Record { get; private set; } = null!;
    public DraftOrigin Origin { get; private set; } = DraftOrigin.None;
    public IReadOnlyList<LegalDocument> KnownDocuments { get; private set; } = [];
    public IReadOnlyList<string> UnknownDocuments { get; private set; } = [];
    public IReadOnlyList<PersonalDataFinding> PersonalData { get; private set; } = [];
    public IReadOnlyList<EntryVersion> Versions { get; private set; } = [];
    public IReadOnlyList<DiffLine> Diff { get; private set; } = [];
    public IReadOnlyList<AuditRecord> Audit { get; private set; } = [];
    public string? Problem { get; private set; }
    public MinistryCatalog Catalog => catalog;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken) =>
        await LoadAsync(id, null, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(string id, CancellationToken cancellationToken)
    {
        var existing = await bank.Store.GetAsync(id, cancellationToken);
        if (existing is null)
        {
            return NotFound();
        }

        var known = await documents.ListAsync(cancellationToken);
        var result = await workflow.SaveAsync(Form.ToEdit(id, known, existing.References), Editor, cancellationToken);
        return await AfterAsync(id, result, "Đã lưu bản nháp.", cancellationToken);
    }

    public async Task<IActionResult> OnPostApproveAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workflow.ApproveAsync(id, Editor, cancellationToken), "Đã duyệt. Mục đã có trên cổng hỏi đáp và bot dùng được ngay.", cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workflow.SendBackAsync(id, Editor, Comment, cancellationToken), "Đã trả lại kèm nhận xét.", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workflow.RejectAsync(id, Editor, Comment, cancellationToken), "Đã từ chối bản nháp.", cancellationToken);

    public async Task<IActionResult> OnPostRetireAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workflow.RetireAsync(id, Editor, Comment, cancellationToken), "Đã gỡ mục khỏi ngân hàng hỏi đáp.", cancellationToken);

    public async Task<IActionResult> OnPostReopenAsync(string id, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workflow.ReopenAsync(id, Editor, Comment, cancellationToken), "Đã mở lại mục để sửa.", cancellationToken);

    private string Editor => User.Identity?.Name ?? "?";

    private async Task<IActionResult> AfterAsync(string id, WorkflowResult result, string success, CancellationToken cancellationToken)
    {
        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData["Message"] = result.UnknownDocuments.Count == 0
                ? success
                : $"{success} Lưu ý: văn bản chưa có trong danh sách: {string.Join(", ", result.UnknownDocuments)}.";
            return RedirectToPage(new { id });
        }

        await LoadAsync(id, result, cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(string id, WorkflowResult? failed, CancellationToken cancellationToken)
    {
        var entry = await bank.Store.GetAsync(id, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        Entry = entry;
        Record = await editorial.GetOrDefaultAsync(entry, cancellationToken);
        KnownDocuments = await documents.ListAsync(cancellationToken);
        UnknownDocuments = LegalDocumentRegistry.FindUnknown(entry.References, KnownDocuments);
        Origin = await origins.FindAsync(entry, Record, cancellationToken);
        PersonalData = failed?.PersonalData is { Count: > 0 } found ? found : EditorialWorkflow.FindPersonalData(entry, Origin);
        Versions = await history.ListAsync(id, cancellationToken);
        var selected = Versions.FirstOrDefault(v => v.Version == SelectedVersion) ?? (Versions.Count > 0 ? Versions[0] : null);
        if (selected is not null)
        {
            SelectedVersion = selected.Version;
            Diff = EntryDiff.Compare(Versions.FirstOrDefault(v => v.Version < selected.Version)?.Snapshot, selected.Snapshot);
        }

        Audit = await audit.ListAsync(AuditRecord.EntrySubject, id, cancellationToken);
        Problem = failed?.Problem;
        if (failed is null || string.IsNullOrEmpty(Form.Body))
        {
            Form = EntryForm.From(entry, Record);
        }
        else
        {
            Form.Padded();
        }

        return true;
    }

    public LegalDocument? DocumentFor(LegalReference reference) =>
        KnownDocuments.FirstOrDefault(d => Knowledge.Text.DocumentNumber.SameDocument(d.Number, reference.DocumentNumber));
}
