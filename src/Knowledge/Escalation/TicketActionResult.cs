namespace MoitBot.Knowledge.Escalation;

/// <summary>Outcome of a staff action: the ticket as it now is, or a Vietnamese reason it was refused.</summary>
public sealed record TicketActionResult(Ticket? Ticket, string? Problem)
{
    public bool Succeeded => Problem is null && Ticket is not null;

    public static TicketActionResult Ok(Ticket ticket) => new(ticket, null);

    public static TicketActionResult Refused(string problem, Ticket? ticket = null) => new(ticket, problem);
}
