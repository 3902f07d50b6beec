using Microsoft.Extensions.Time.Testing;
using MoitBot.Bot.Jobs;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Tests.Jobs;

public sealed class ReminderPlannerTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly TimeSpan OneHour = TimeSpan.FromHours(1);

    private static DateTimeOffset Local(int day, int hour, int minute = 0) => new(2026, 3, day, hour, minute, 0, Vietnam);

    [Fact]
    public void DueReminders_AlongTheWorkingDay_BeforeThenBreachEachOnce()
    {
        var time = new FakeTimeProvider(Local(2, 10));
        var ticket = Ticket(TicketStatus.Claimed, Local(2, 17));
        var sent = new HashSet<string>();

        Assert.Empty(ReminderPlanner.DueReminders([ticket], time.GetUtcNow(), OneHour, sent));

        time.SetUtcNow(Local(2, 16, 5));
        var before = Assert.Single(ReminderPlanner.DueReminders([ticket], time.GetUtcNow(), OneHour, sent));
        Assert.Equal(ReminderPlanner.Before, before.Kind);
        sent.Add(before.Key);
        time.Advance(TimeSpan.FromMinutes(30));
        Assert.Empty(ReminderPlanner.DueReminders([ticket], time.GetUtcNow(), OneHour, sent));

        time.SetUtcNow(Local(2, 17));
        var breach = Assert.Single(ReminderPlanner.DueReminders([ticket], time.GetUtcNow(), OneHour, sent));
        Assert.Equal(ReminderPlanner.Breach, breach.Kind);
        sent.Add(breach.Key);
        time.Advance(TimeSpan.FromHours(3));
        Assert.Empty(ReminderPlanner.DueReminders([ticket], time.GetUtcNow(), OneHour, sent));
    }

    [Theory]
    [InlineData(TicketStatus.WaitingAuthority)]
    [InlineData(TicketStatus.Answered)]
    [InlineData(TicketStatus.Duplicate)]
    public void DueReminders_PausedAnsweredOrLinked_NoReminder(TicketStatus status) =>
        Assert.Empty(ReminderPlanner.DueReminders([Ticket(status, Local(2, 17))], Local(2, 18), OneHour, new HashSet<string>()));

    [Fact]
    public void DueReminders_HostDownThroughTheWindow_OnlyTheBreach()
    {
        var due = Assert.Single(ReminderPlanner.DueReminders([Ticket(TicketStatus.Open, Local(2, 17))], Local(3, 9), OneHour, new HashSet<string>()));
        Assert.Equal(ReminderPlanner.Breach, due.Kind);
    }

    [Fact]
    public void DueReminders_NewDeadlineAfterReopen_RemindsAgain()
    {
        var sent = new HashSet<string> { ReminderPlanner.ReminderKey(7, ReminderPlanner.Breach, Local(2, 17)) };
        var reopened = Ticket(TicketStatus.Open, Local(3, 17));
        var due = Assert.Single(ReminderPlanner.DueReminders([reopened], Local(3, 16, 30), OneHour, sent));
        Assert.Equal(ReminderPlanner.Before, due.Kind);
    }

    [Theory]
    [InlineData(2, 8, 0, true, true)]    // Monday 08:00
    [InlineData(2, 11, 59, true, true)]  // late start, still the morning
    [InlineData(2, 7, 59, true, false)]
    [InlineData(2, 12, 0, true, false)]
    [InlineData(7, 8, 30, false, false)] // Saturday
    public void DigestDue_LocalTime_OnlyWorkingMornings(int day, int hour, int minute, bool workingDay, bool expected) =>
        Assert.Equal(expected, ReminderPlanner.DigestDue(Local(day, hour, minute), TimeSpan.FromHours(8), workingDay));

    private static Ticket Ticket(TicketStatus status, DateTimeOffset deadline) => new()
    {
        Id = 7, Code = "HD-ABC234", Question = "?", Field = "dien-luc", Department = "cuc-dien-luc", OfficialId = "telegram:1",
        Channel = "telegram", ChatId = "1", Status = status, ReceivedAt = deadline.AddHours(-7), DeadlineAt = deadline,
    };
}
