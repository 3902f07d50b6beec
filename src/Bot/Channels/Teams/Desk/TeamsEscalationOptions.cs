using System.ComponentModel.DataAnnotations;

namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>
/// Escalation: where each department's cards go in Teams, who is on duty, when to remind.
/// Escalation__Departments__{code}__TeamsChannelId / __ServiceUrl / __DutyOfficerId / __DutyOfficerName.
/// </summary>
public sealed class TeamsEscalationOptions : IValidatableObject
{
    public const string Section = "Escalation";

    public Dictionary<string, DepartmentChannelOptions> Departments { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Channel for departments that have none linked.</summary>
    public string? DefaultTeamsChannelId { get; set; }

    public string? DefaultServiceUrl { get; set; }

    /// <summary>A reminder is posted in the card's thread this long before the deadline.</summary>
    public TimeSpan ReminderBefore { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Local time (Asia/Ho_Chi_Minh) of the morning digest on working days.</summary>
    public TimeSpan DigestAt { get; set; } = TimeSpan.FromHours(8);

    public bool DigestEnabled { get; set; } = true;

    /// <summary>How often the reminder job looks for what is due.</summary>
    public TimeSpan ReminderScanInterval { get; set; } = TimeSpan.FromMinutes(1);

    public DepartmentChannelOptions? For(string department) => Departments.GetValueOrDefault(department);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ReminderBefore < TimeSpan.Zero)
        {
            yield return new ValidationResult("Escalation:ReminderBefore must not be negative.", [nameof(ReminderBefore)]);
        }

        if (DigestAt < TimeSpan.Zero || DigestAt >= TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("Escalation:DigestAt must be a time of day (00:00:00 to 23:59:59).", [nameof(DigestAt)]);
        }

        if (ReminderScanInterval <= TimeSpan.Zero)
        {
            yield return new ValidationResult("Escalation:ReminderScanInterval must be positive.", [nameof(ReminderScanInterval)]);
        }
    }
}
