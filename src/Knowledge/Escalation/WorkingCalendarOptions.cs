using System.ComponentModel.DataAnnotations;

namespace MoitBot.Knowledge.Escalation;

/// <summary>Escalation:Calendar — the working hours that "same working day" is measured in.</summary>
public sealed class WorkingCalendarOptions
{
    public const string Section = "Escalation:Calendar";

    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    public TimeSpan WorkdayStart { get; set; } = TimeSpan.FromHours(8);

    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(17);

    /// <summary>Questions received after this time are due at the end of the next working day.</summary>
    public TimeSpan CutOff { get; set; } = TimeSpan.FromHours(15);

    /// <summary>A deadline closer than this is shown as "due soon".</summary>
    public TimeSpan DueSoonWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A JSON file {holidays:[dates], workingWeekends:[dates]}; empty = the shipped 2026–2027 calendar.</summary>
    public string? File { get; set; }
}
