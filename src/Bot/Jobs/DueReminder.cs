namespace MoitBot.Bot.Jobs;

/// <summary>A reminder to post in a ticket's thread: kind "before" or "breach" for a given deadline.</summary>
public sealed record DueReminder(long TicketId, string Kind, DateTimeOffset DeadlineAt, string Key);
