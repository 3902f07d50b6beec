using MoitBot.Knowledge.Escalation;

namespace MoitBot.Bot.Channels.Teams.Cards;

/// <summary>Everything the escalation card shows, already looked up and formatted for Viet Nam.</summary>
public sealed record CardView
{
    public required Ticket Ticket { get; init; }
    public Official? Asker { get; init; }
    public required string DepartmentName { get; init; }
    public required string FieldName { get; init; }
    public required DateTimeOffset ReceivedLocal { get; init; }
    public required DateTimeOffset DeadlineLocal { get; init; }
    public required SlaState Sla { get; init; }
    public IReadOnlyList<CardLink> Sources { get; init; } = [];
    public int DuplicateCount { get; init; }
    public IReadOnlyList<TicketEvent> History { get; init; } = [];
    public IReadOnlyList<CardChoice> Departments { get; init; } = [];

    /// <summary>Approved entries found for "Đã có câu trả lời" (only in the invoke response to the searching user).</summary>
    public IReadOnlyList<CardChoice> LinkCandidates { get; init; } = [];

    /// <summary>A line for the clicking user (a refusal or a confirmation), shown at the top.</summary>
    public string? Notice { get; init; }
    public bool NoticeIsError { get; init; }
}
