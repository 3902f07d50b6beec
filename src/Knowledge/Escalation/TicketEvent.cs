namespace MoitBot.Knowledge.Escalation;

public sealed record TicketEvent(long TicketId, string Action, string Actor, string? Detail, DateTimeOffset At);
