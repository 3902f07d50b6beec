namespace MoitBot.Knowledge.Escalation;

/// <summary>An escalated question: durable before anything is sent anywhere.</summary>
public sealed record Ticket
{
    public long Id { get; init; }

    /// <summary>Short reference the official can quote, e.g. "HD-7K3M2Q".</summary>
    public required string Code { get; init; }
    public required string Question { get; init; }
    public required string Field { get; init; }
    public required string Department { get; init; }
    public bool InvolvesLegal { get; init; }
    public required string OfficialId { get; init; }
    public required string Channel { get; init; }
    public required string ChatId { get; init; }
    public TicketStatus Status { get; init; } = TicketStatus.Open;
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset DeadlineAt { get; init; }
    public DateTimeOffset? PausedAt { get; init; }
    public string? Authority { get; init; }
    public string? ClaimedBy { get; init; }
    public string? Answer { get; init; }
    public string? LegalBasis { get; init; }
    public string? AnsweredBy { get; init; }
    public DateTimeOffset? AnsweredAt { get; init; }
    public int AnswerCount { get; init; }
    public string? LinkedEntryId { get; init; }
    public long? DuplicateOf { get; init; }

    /// <summary>Entry ids the bot found before escalating (shown to staff as a starting point).</summary>
    public IReadOnlyList<string> BotSources { get; init; } = [];

    /// <summary>Paths of files the official attached, stored with the ticket.</summary>
    public IReadOnlyList<string> Attachments { get; init; } = [];
    public DateTimeOffset UpdatedAt { get; init; }

    public bool IsOpen => Status is TicketStatus.Open or TicketStatus.Claimed or TicketStatus.WaitingAuthority;
}
