namespace MoitBot.Bot.Evaluation;

/// <summary>How the pipeline did on one golden case.</summary>
public sealed record CaseResult(
    string Question,
    string Outcome,
    bool Escalate,
    string? Generation,
    IReadOnlyList<string> CitedEntries,
    int CorrectCitedEntries,
    bool AbstentionCorrect);
