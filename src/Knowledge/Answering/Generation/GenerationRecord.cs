namespace MoitBot.Knowledge.Answering.Generation;

/// <summary>One model call. Kind is "answer" or "rewrite"; Outcome a GenerationOutcome name, or "rewritten"/"kept" for rewrites.</summary>
public sealed record GenerationRecord(
    DateTimeOffset At,
    string Kind,
    string Model,
    string Outcome,
    string? Reason,
    int PromptTokens,
    int CompletionTokens,
    long LatencyMs,
    int SourcesSent,
    int SourcesCited);
