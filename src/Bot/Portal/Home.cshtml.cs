using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Bot.Portal;

/// <summary>The public Q&amp;A portal: browse approved entries by field, or search them.</summary>
public sealed class HomeModel(PortalCatalog portal, MinistryCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? Field { get; set; }

    public IReadOnlyList<(FieldDefinition Field, int Count)> Fields { get; private set; } = [];
    public IReadOnlyList<KnowledgeEntry> Entries { get; private set; } = [];
    public MinistryCatalog Catalog => catalog;
    public bool Searching => !string.IsNullOrWhiteSpace(Query);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var approved = await portal.ApprovedAsync(cancellationToken);
        Fields = catalog.Fields
            .Select(f => (f, approved.Count(e => string.Equals(e.Field, f.Code, StringComparison.OrdinalIgnoreCase))))
            .Where(x => x.Item2 > 0)
            .ToList();
        var field = catalog.FindField(Field)?.Code;
        if (Searching)
        {
            Entries = await portal.SearchAsync(Query!, field, 20, cancellationToken);
        }
        else
        {
            Entries = approved
                .Where(e => field is null || e.Field == field)
                .OrderByDescending(e => e.UpdatedAt)
                .Take(field is null ? 20 : 500)
                .ToList();
        }
    }
}
