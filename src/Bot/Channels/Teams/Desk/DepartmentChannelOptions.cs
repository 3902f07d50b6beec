namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>Configured Teams channel and duty officer of one department.</summary>
public sealed class DepartmentChannelOptions
{
    public string? TeamsChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary>Teams user id ("29:..."), Entra object id or UPN of the officer mentioned in reminders.</summary>
    public string? DutyOfficerId { get; set; }

    public string? DutyOfficerName { get; set; }
}
