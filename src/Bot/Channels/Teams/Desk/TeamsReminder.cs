namespace MoitBot.Bot.Channels.Teams.Desk;

public sealed record TeamsReminder(long TicketId, string Kind, DateTimeOffset DeadlineAt);
