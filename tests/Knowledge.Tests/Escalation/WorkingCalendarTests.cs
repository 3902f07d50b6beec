using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Escalation;

namespace MoitBot.Knowledge.Tests.Escalation;

public sealed class WorkingCalendarTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset Local(int year, int month, int day, int hour, int minute = 0) => new(year, month, day, hour, minute, 0, Vietnam);

    private static WorkingCalendar Calendar(string? file = null) => new(Options.Create(new WorkingCalendarOptions { File = file }));

    public static TheoryData<DateTimeOffset, DateTimeOffset> Deadlines => new()
    {
        { Local(2026, 3, 2, 10), Local(2026, 3, 2, 17) },   // Monday morning: same day
        { Local(2026, 3, 2, 14, 59), Local(2026, 3, 2, 17) },
        { Local(2026, 3, 2, 15), Local(2026, 3, 3, 17) },   // at the cut-off: next working day
        { Local(2026, 3, 2, 16), Local(2026, 3, 3, 17) },
        { Local(2026, 3, 6, 18), Local(2026, 3, 9, 17) },   // Friday evening: Monday
        { Local(2026, 3, 7, 9), Local(2026, 3, 9, 17) },    // Saturday: Monday
        { Local(2026, 4, 29, 16), Local(2026, 5, 4, 17) },  // before 30/4 and 1/5 holidays and a weekend
        { Local(2026, 9, 1, 9), Local(2026, 9, 3, 17) },    // National Day holiday
        { Local(2026, 1, 1, 9), Local(2026, 1, 5, 17) },    // New Year's Day and the 2 January day off (worked back on Saturday 10 January)
        { Local(2026, 1, 9, 16), Local(2026, 1, 10, 17) },  // Friday after the cut-off: the swapped working Saturday
        { Local(2026, 8, 28, 16), Local(2026, 9, 3, 17) },  // 31 August off (worked back on 22 August), then National Day
        { Local(2026, 8, 21, 16), Local(2026, 8, 22, 17) }, // Friday after the cut-off: working Saturday 22 August
        { new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero), Local(2026, 3, 2, 17) }, // UTC input
    };

    [Theory]
    [MemberData(nameof(Deadlines))]
    public void DeadlineFor_ReceivedAt_SameWorkingDayOrNext(DateTimeOffset received, DateTimeOffset expected) =>
        Assert.Equal(expected, Calendar().DeadlineFor(received));

    [Fact]
    public void DeadlineFor_SwappedWorkingSaturday_CountsAsWorkingDay()
    {
        var file = Path.Combine(Path.GetTempPath(), $"calendar-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"holidays": [], "workingWeekends": ["2026-03-14"]}""");
        try
        {
            Assert.Equal(Local(2026, 3, 14, 17), Calendar(file).DeadlineFor(Local(2026, 3, 13, 16)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(2026, 1, 2, false)]
    [InlineData(2026, 8, 31, false)]
    [InlineData(2026, 1, 10, true)]
    [InlineData(2026, 8, 22, true)]
    [InlineData(2026, 1, 17, false)]
    public void IsWorkingDay_ShippedCalendar2026_FollowsTheStateAgencyAnnouncements(int year, int month, int day, bool expected) =>
        Assert.Equal(expected, Calendar().IsWorkingDay(new DateOnly(year, month, day)));

    [Fact]
    public void WorkingTimeBetween_AcrossNightAndWeekend_CountsOnlyWorkingHours()
    {
        var calendar = Calendar();
        Assert.Equal(TimeSpan.FromHours(9), calendar.WorkingTimeBetween(Local(2026, 3, 2, 10), Local(2026, 3, 3, 10)));
        Assert.Equal(TimeSpan.FromHours(2), calendar.WorkingTimeBetween(Local(2026, 3, 6, 16), Local(2026, 3, 9, 9)));
    }

    [Fact]
    public void AddWorkingTime_PastEndOfDay_ContinuesNextWorkingDay() =>
        Assert.Equal(Local(2026, 3, 9, 10), Calendar().AddWorkingTime(Local(2026, 3, 6, 16), TimeSpan.FromHours(3)));

    [Fact]
    public void Constructor_EndBeforeStart_Throws() =>
        Assert.Throws<OptionsValidationException>(() => new WorkingCalendar(Options.Create(new WorkingCalendarOptions { WorkdayStart = TimeSpan.FromHours(17), WorkdayEnd = TimeSpan.FromHours(8) })));
}
