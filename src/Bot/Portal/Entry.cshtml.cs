using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Portal;

/// <summary>One approved entry at its stable address /hoi-dap/{id}; the bot's answers link here.</summary>
public sealed class PortalEntryModel(PortalCatalog portal, MinistryCatalog catalog, LegalValidity validity, ExtractiveAnswerComposer composer) : PageModel
{
    public KnowledgeEntry Entry { get; private set; } = null!;
    public FieldDefinition? Field { get; private set; }
    public Department? Department { get; private set; }
    public string CanonicalUrl { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var entry = await portal.GetApprovedAsync(id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }

        Entry = entry;
        Field = catalog.FindField(entry.Field);
        Department = catalog.DepartmentOf(entry.Field);
        CanonicalUrl = composer.EntryUrl(entry.Id);
        return Page();
    }

    public bool InForce(LegalReference reference) => validity.IsInForce(reference.DocumentNumber);
}
