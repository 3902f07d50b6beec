namespace MoitBot.Knowledge.Escalation;

/// <summary>Outbox payload: a staff answer to deliver to the official who asked (or asked the same thing).</summary>
public sealed record AnswerDelivery(
    long TicketId,
    string TicketCode,
    string Channel,
    string ChatId,
    string OfficialId,
    string Question,
    string Answer,
    string? LegalBasis,
    string DepartmentName,
    string? EntryId);
