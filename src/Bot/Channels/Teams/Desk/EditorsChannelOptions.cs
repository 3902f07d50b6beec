namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>The editors' Teams channel (section "Editorial"): where new drafts are posted as cards. Empty = editors use the web UI only.</summary>
public sealed class EditorsChannelOptions
{
    public const string Section = "Editorial";

    public string? TeamsChannelId { get; set; }

    /// <summary>The Connector serviceUrl for that channel; defaults to <c>Teams:DefaultServiceUrl</c>.</summary>
    public Uri? TeamsServiceUrl { get; set; }

    /// <summary>The editors' team, whose members may approve; defaults to the team Teams names in the click.</summary>
    public string? TeamsTeamId { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(TeamsChannelId);
}
