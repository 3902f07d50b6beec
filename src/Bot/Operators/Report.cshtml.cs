using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Operators;

/// <summary>Downloads the period's report as XLSX (same figures as the dashboard, per department and per province).</summary>
public sealed class ReportModel(OperationsReport report, WorkingCalendar calendar, TimeProvider timeProvider) : PageModel
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to) = DashboardModel.Period(From, To, calendar, timeProvider);
        var figures = await report.BuildAsync(from, to, cancellationToken);
        return File(ReportWorkbook.Create(figures), XlsxContentType, $"bao-cao-hoi-dap-{from:yyyyMMdd}-{to:yyyyMMdd}.xlsx");
    }
}
