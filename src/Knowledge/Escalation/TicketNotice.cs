namespace MoitBot.Knowledge.Escalation;

/// <summary>Outbox payload naming a ticket and what happened to it (the handler reads the ticket's current state).</summary>
public sealed record TicketNotice(long TicketId, string Action, string? Actor);
