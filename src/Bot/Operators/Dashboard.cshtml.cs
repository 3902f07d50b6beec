using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using MoitBot.Knowledge.Editorial;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Operators;

/// <summary>Operators' dashboard for a period: volumes, bot vs escalated, helpful ratio, SLA per department, late tickets, unanswered topics, provinces.</summary>
public sealed class DashboardModel(OperationsReport report, WorkingCalendar calendar, TimeProvider timeProvider) : PageModel
{
    public const int MaxDays = 366;

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    public OperationsFigures Figures { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (From, To) = Period(From, To, calendar, timeProvider);
        Figures = await report.BuildAsync(From.Value, To.Value, cancellationToken);
    }

    /// <summary>The last 14 days by default; reversed or overlong periods are corrected rather than refused.</summary>
    public static (DateOnly From, DateOnly To) Period(DateOnly? from, DateOnly? to, WorkingCalendar calendar, TimeProvider timeProvider)
    {
        var today = DateOnly.FromDateTime(calendar.ToLocal(timeProvider.GetUtcNow()).DateTime);
        var end = to ?? today;
        var start = from ?? end.AddDays(-13);
        if (start > end)
        {
            (start, end) = (end, start);
        }

        return end.DayNumber - start.DayNumber >= MaxDays ? (end.AddDays(-(MaxDays - 1)), end) : (start, end);
    }

    public static string Percent(double? ratio) => ratio is { } r ? $"{r * 100:0.#}%" : "—";
}
