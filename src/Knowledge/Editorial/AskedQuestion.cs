using MoitBot.Knowledge.Answering;

namespace MoitBot.Knowledge.Editorial;

/// <summary>One question a channel answered (or could not), for the operators' figures.</summary>
public sealed record AskedQuestion
{
    public long Id { get; init; }
    public DateTimeOffset AskedAt { get; init; }
    public required string Channel { get; init; }
    public string? OfficialId { get; init; }
    public string? Province { get; init; }
    public required string Field { get; init; }
    public required string Department { get; init; }
    public AnswerOutcome Outcome { get; init; }
    public string? EntryId { get; init; }
    public required string Question { get; init; }
    public bool? Helpful { get; init; }
}
