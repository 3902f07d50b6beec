namespace MoitBot.Bot.Channels.Teams.Desk;

/// <summary>Outbox kinds owned by the Teams desk (the domain's are in OutboxKinds).</summary>
public static class TeamsOutboxKinds
{
    /// <summary>Payload <see cref="TeamsReminder"/>: a deadline reminder in a ticket's thread.</summary>
    public const string Reminder = "teams.reminder";

    /// <summary>Payload <see cref="TeamsDigest"/>: the morning list of open tickets in a channel.</summary>
    public const string Digest = "teams.digest";
}
