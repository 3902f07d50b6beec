using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>The verified outcome of asking the model; Text and Citations are set only when Accepted.</summary>
public sealed record GenerationResult(GenerationOutcome Outcome, string? Reason)
{
    public string Text { get; init; } = string.Empty;

    /// <summary>Built from the cited sources' own references, never from text the model wrote.</summary>
    public IReadOnlyList<Citation> Citations { get; init; } = [];

    /// <summary>The sources the answer cites, in the order it first cites them.</summary>
    public IReadOnlyList<KnowledgeEntry> Cited { get; init; } = [];

    public static GenerationResult Fail(GenerationOutcome outcome, string reason) => new(outcome, reason);
}
