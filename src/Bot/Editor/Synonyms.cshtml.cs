using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Synonyms;

namespace MoitBot.Bot.Editor;

/// <summary>The thesaurus: shipped and editor-added synonym sets, adding and retiring them, and who changed what.</summary>
public sealed class SynonymsModel(SynonymCatalog catalog) : PageModel
{
    private const int AuditRows = 50;

    public IReadOnlyList<SynonymSetView> Sets { get; private set; } = [];

    public IReadOnlyList<SynonymAuditRecord> Changes { get; private set; } = [];

    public string? Problem { get; private set; }

    [BindProperty]
    public string? Members { get; set; }

    [BindProperty]
    public string? Key { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await catalog.AddAsync(Members, Editor, cancellationToken), "Đã thêm bộ đồng nghĩa; câu hỏi từ giờ được tìm theo bộ này.", cancellationToken);

    public async Task<IActionResult> OnPostRetireAsync(CancellationToken cancellationToken) =>
        await ShowAsync(await catalog.RetireAsync(Key, Editor, cancellationToken), "Đã ngừng dùng bộ đồng nghĩa.", cancellationToken);

    private string Editor => User.Identity?.Name ?? "?";

    /// <summary>A refused change shows the page again with the reason; a done one redirects with the message.</summary>
    private async Task<IActionResult> ShowAsync(SynonymChange change, string done, CancellationToken cancellationToken)
    {
        if (!change.Succeeded)
        {
            Problem = change.Problem;
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = done;
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Sets = (await catalog.ListAsync(cancellationToken)).OrderBy(s => s.Set.Shipped).ThenByDescending(s => s.AddedAt).ToList();
        Changes = await catalog.RecentChangesAsync(AuditRows, cancellationToken);
    }
}
