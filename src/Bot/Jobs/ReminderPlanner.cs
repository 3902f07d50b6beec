using System.Globalization;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Jobs;

/// <summary>
/// What is due now (pure, for tests): a reminder before a ticket's deadline, one at the breach, and the
/// morning digest of each channel on working days. Keys name what was sent so a restart never resends;
/// a new deadline (reopened, paused and resumed) gets reminders of its own.
/// </summary>
public static class ReminderPlanner
{
    public const string Before = "before";
    public const string Breach = "breach";

    /// <summary>A digest is still sent this long after its time (e.g. the host was down at 08:00).</summary>
    public static readonly TimeSpan DigestWindow = TimeSpan.FromHours(4);

    public static IReadOnlyList<DueReminder> DueReminders(IEnumerable<Ticket> tickets, DateTimeOffset now, TimeSpan before, IReadOnlySet<string> sent)
    {
        var due = new List<DueReminder>();
        foreach (var ticket in tickets.Where(t => t.Status is TicketStatus.Open or TicketStatus.Claimed))
        {
            var kind = now >= ticket.DeadlineAt ? Breach : now >= ticket.DeadlineAt - before ? Before : null;
            if (kind is null)
            {
                continue;
            }

            var key = ReminderKey(ticket.Id, kind, ticket.DeadlineAt);
            if (!sent.Contains(key))
            {
                due.Add(new DueReminder(ticket.Id, kind, ticket.DeadlineAt, key));
            }
        }

        return due;
    }

    public static bool DigestDue(DateTimeOffset localNow, TimeSpan digestAt, bool isWorkingDay) =>
        isWorkingDay && localNow.TimeOfDay >= digestAt && localNow.TimeOfDay < digestAt + DigestWindow;

    public static string ReminderKey(long ticketId, string kind, DateTimeOffset deadline) =>
        $"reminder:{ticketId}:{kind}:{deadline.UtcTicks.ToString(CultureInfo.InvariantCulture)}";

    public static string DigestKey(string channelId, DateOnly day) => $"digest:{channelId}:{day:yyyy-MM-dd}";
}
