using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Editor;

/// <summary>An editor writes a new Q&amp;A draft from scratch.</summary>
public sealed class NewModel(EditorialWorkflow workflow, LegalDocumentRegistry documents, MinistryCatalog catalog) : PageModel
{
    [BindProperty]
    public EntryForm Form { get; set; } = new();

    public IReadOnlyList<LegalDocument> KnownDocuments { get; private set; } = [];
    public string? Problem { get; private set; }
    public MinistryCatalog Catalog => catalog;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Form.Padded();
        KnownDocuments = await documents.ListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        KnownDocuments = await documents.ListAsync(cancellationToken);
        var result = await workflow.SaveAsync(Form.ToEdit(null, KnownDocuments, []), User.Identity?.Name ?? "?", cancellationToken);
        if (!result.Succeeded || result.Entry is null)
        {
            Problem = result.Problem;
            Form.Padded();
            return Page();
        }

        TempData["Message"] = "Đã tạo bản nháp.";
        return RedirectToPage("/Editor/Entry", new { id = result.Entry.Id });
    }
}
