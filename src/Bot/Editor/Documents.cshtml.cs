using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Editor;

/// <summary>Known legal documents and their validity; marking one replaced or repealed flags every entry citing it.</summary>
public sealed class DocumentsModel(LegalDocumentRegistry registry) : PageModel
{
    public IReadOnlyList<LegalDocument> Documents { get; private set; } = [];
    public string? Problem { get; private set; }

    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public LegalDocumentStatus Status { get; set; }

    [BindProperty]
    public string? EffectiveTo { get; set; }

    [BindProperty]
    public string? ReplacedBy { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Documents = await registry.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken)
    {
        if (DocumentNumber.TryParse(Number) is null || !Enum.IsDefined(Status))
        {
            Problem = "Số hiệu văn bản hoặc trạng thái không hợp lệ.";
            Documents = await registry.ListAsync(cancellationToken);
            return Page();
        }

        var until = DateOnly.TryParseExact(EffectiveTo, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : (DateOnly?)null;
        var flagged = await registry.SetStatusAsync(Number!, Status, until, string.IsNullOrWhiteSpace(ReplacedBy) ? null : ReplacedBy.Trim(), User.Identity?.Name ?? "?", cancellationToken);
        TempData["Message"] = flagged.Count == 0
            ? $"Đã cập nhật văn bản {Number}."
            : $"Đã cập nhật văn bản {Number}; {flagged.Count} mục hỏi đáp trích dẫn văn bản này được đánh dấu cần rà soát.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        if (DocumentNumber.TryParse(Number) is not { } parsed || (Link is not null && !Uri.TryCreate(Link, UriKind.Absolute, out _)))
        {
            Problem = "Số hiệu văn bản hoặc đường dẫn không hợp lệ (ví dụ số hiệu: 105/2017/NĐ-CP).";
            Documents = await registry.ListAsync(cancellationToken);
            return Page();
        }

        await registry.SaveAsync(new LegalDocument { Key = parsed.Key, Number = Number!.Trim(), Type = Type, Title = Title, Url = Link }, User.Identity?.Name ?? "?", cancellationToken);
        TempData["Message"] = $"Đã thêm văn bản {Number}.";
        return RedirectToPage();
    }
}
