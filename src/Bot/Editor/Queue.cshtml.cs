using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Editorial;

namespace MoitBot.Bot.Editor;

/// <summary>The review queue with filters by field, department, source, age and overdue review.</summary>
public sealed class QueueModel(ReviewList reviews, MinistryCatalog catalog) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "xem")]
    public QueueView View { get; set; } = QueueView.Drafts;

    [BindProperty(SupportsGet = true, Name = "linh-vuc")]
    public string? Field { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true, Name = "nguon")]
    public DraftSource? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "tuoi")]
    public int? MinAgeDays { get; set; }

    public IReadOnlyList<QueueItem> Items { get; private set; } = [];

    public MinistryCatalog Catalog => catalog;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await reviews.ListAsync(new QueueFilter
        {
            View = View,
            Field = string.IsNullOrWhiteSpace(Field) ? null : Field,
            Department = string.IsNullOrWhiteSpace(Department) ? null : Department,
            Source = Source,
            MinAgeDays = MinAgeDays is > 0 ? MinAgeDays : null,
        }, cancellationToken);
    }

    public static string ViewName(QueueView view) => view switch
    {
        QueueView.Drafts => "Chờ duyệt",
        QueueView.Overdue => "Quá hạn rà soát / cần rà soát",
        QueueView.Approved => "Đã duyệt",
        QueueView.Retired => "Đã gỡ",
        _ => "Tất cả",
    };
}
