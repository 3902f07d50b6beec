using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MoitBot.Knowledge.Escalation;

/// <summary>
/// Working days and hours in Viet Nam's time zone, with public holidays and swapped working
/// Saturdays from configuration. Deadline rule: received before the cut-off on a working day =
/// end of that day; otherwise end of the next working day.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly WorkingCalendarOptions _options;
    private readonly TimeZoneInfo _zone;
    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workingWeekends;

    public WorkingCalendar(IOptions<WorkingCalendarOptions> options)
    {
        _options = options.Value;
        if (_options.WorkdayEnd <= _options.WorkdayStart)
        {
            throw new OptionsValidationException(WorkingCalendarOptions.Section, typeof(WorkingCalendarOptions), ["WorkdayEnd must be after WorkdayStart."]);
        }

        _zone = FindZone(_options.TimeZone);
        var file = LoadFile(_options.File);
        _holidays = file.Holidays.ToHashSet();
        _workingWeekends = file.WorkingWeekends.ToHashSet();
    }

    public bool IsWorkingDay(DateOnly day) =>
        _workingWeekends.Contains(day) || (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day));

    public DateTimeOffset DeadlineFor(DateTimeOffset received)
    {
        var local = TimeZoneInfo.ConvertTime(received, _zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!IsWorkingDay(day) || local.TimeOfDay >= _options.CutOff)
        {
            day = NextWorkingDay(day);
        }

        return At(day, _options.WorkdayEnd);
    }

    /// <summary>Working time between two instants (for pausing the clock).</summary>
    public TimeSpan WorkingTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        if (to <= from)
        {
            return TimeSpan.Zero;
        }

        var total = TimeSpan.Zero;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(from, _zone).DateTime);
        var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(to, _zone).DateTime);
        for (; day <= lastDay; day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var start = Max(At(day, _options.WorkdayStart), from);
            var end = Min(At(day, _options.WorkdayEnd), to);
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>Moves an instant forward by an amount of working time.</summary>
    public DateTimeOffset AddWorkingTime(DateTimeOffset start, TimeSpan amount)
    {
        var remaining = amount;
        var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, _zone).DateTime);
        for (var guard = 0; guard < 3660; guard++, day = day.AddDays(1))
        {
            if (!IsWorkingDay(day))
            {
                continue;
            }

            var from = Max(At(day, _options.WorkdayStart), start);
            var end = At(day, _options.WorkdayEnd);
            if (end <= from)
            {
                continue;
            }

            if (from + remaining <= end)
            {
                return from + remaining;
            }

            remaining -= end - from;
        }

        throw new InvalidOperationException("The working calendar has no working day in the next ten years.");
    }

    public SlaState StateOf(Ticket ticket, DateTimeOffset now)
    {
        if (ticket.Status == TicketStatus.WaitingAuthority)
        {
            return SlaState.Paused;
        }

        var reference = ticket.AnsweredAt ?? now;
        if (reference > ticket.DeadlineAt)
        {
            return SlaState.Late;
        }

        return ticket.AnsweredAt is null && ticket.DeadlineAt - now <= _options.DueSoonWindow ? SlaState.DueSoon : SlaState.OnTime;
    }

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, _zone);

    private DateOnly NextWorkingDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkingDay(day));
        return day;
    }

    private DateTimeOffset At(DateOnly day, TimeSpan time)
    {
        var local = day.ToDateTime(TimeOnly.FromTimeSpan(time));
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    // Viet Nam has no daylight saving time; a machine without tzdata still gets the right offset.
    private static TimeZoneInfo FindZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone
        : TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(7), id, id);

    private static CalendarFile LoadFile(string? path)
    {
        using var stream = string.IsNullOrWhiteSpace(path)
            ? typeof(WorkingCalendar).Assembly.GetManifestResourceStream("MoitBot.Knowledge.calendar-vn.json")
                ?? throw new InvalidOperationException("The shipped working calendar is missing from the build.")
            : System.IO.File.OpenRead(path);
        return JsonSerializer.Deserialize<CalendarFile>(stream, Storage.KnowledgeJson.Options)
            ?? throw new InvalidOperationException($"The working calendar {path} is empty.");
    }

    private sealed record CalendarFile(List<DateOnly> Holidays, List<DateOnly> WorkingWeekends);
}
