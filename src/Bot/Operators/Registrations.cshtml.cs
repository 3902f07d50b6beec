using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Operators;

/// <summary>Verifying officials' registrations (pending list, approve / reject) and issuing invite codes per province.</summary>
public sealed class RegistrationsModel(OfficialRegistry officials) : PageModel
{
    public const int MaxInviteDays = 90;

    public IReadOnlyList<Official> Pending { get; private set; } = [];
    public IReadOnlyList<string> Provinces { get; private set; } = [];
    public string? Problem { get; private set; }

    [BindProperty]
    public string? OfficialId { get; set; }

    [BindProperty]
    public string? Province { get; set; }

    [BindProperty]
    public int ValidDays { get; set; } = 14;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken cancellationToken) =>
        await DecideAsync(await officials.VerifyAsync(OfficialId ?? string.Empty, Operator, cancellationToken), "Đã xác minh", cancellationToken);

    public async Task<IActionResult> OnPostRejectAsync(CancellationToken cancellationToken) =>
        await DecideAsync(await officials.RejectAsync(OfficialId ?? string.Empty, Operator, cancellationToken), "Đã từ chối", cancellationToken);

    public async Task<IActionResult> OnPostInviteAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Province) || Province.Length > 100 || ValidDays is < 1 or > MaxInviteDays)
        {
            Problem = $"Hãy nhập tỉnh/thành phố và thời hạn từ 1 đến {MaxInviteDays} ngày.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        var code = await officials.CreateInviteCodeAsync(Province.Trim(), TimeSpan.FromDays(ValidDays), cancellationToken);
        TempData["Message"] = $"Mã mời cho {Province.Trim()}: {code} (dùng một lần, hiệu lực {ValidDays} ngày). Mã chỉ hiển thị lần này.";
        return RedirectToPage();
    }

    private string Operator => User.Identity?.Name ?? "?";

    private async Task<IActionResult> DecideAsync(Official? official, string verb, CancellationToken cancellationToken)
    {
        if (official is null)
        {
            Problem = "Không tìm thấy đăng ký này.";
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData["Message"] = $"{verb} đăng ký của cán bộ xã {official.Commune}, {official.Province}.";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var all = await officials.ListAsync(cancellationToken: cancellationToken);
        Pending = all.Where(o => o.Status == OfficialStatus.Pending).ToList();
        Provinces = all.Select(o => o.Province).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }
}
