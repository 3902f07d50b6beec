namespace MoitBot.Knowledge.Escalation;

public enum TicketStatus
{
    /// <summary>Waiting for a department to take it.</summary>
    Open,

    /// <summary>A staff member is working on it.</summary>
    Claimed,

    /// <summary>Waiting for a competent authority's opinion; the SLA clock is paused.</summary>
    WaitingAuthority,

    /// <summary>Answered and delivered (or queued for delivery) to the official.</summary>
    Answered,

    /// <summary>Linked to an open ticket asking the same thing; answered with it.</summary>
    Duplicate,
}
