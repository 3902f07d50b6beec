namespace MoitBot.Knowledge.Escalation;

/// <summary>What a channel knows when an official asks for a human answer.</summary>
public sealed record EscalationRequest(
    Official Official,
    string Question,
    string? FieldCode,
    IReadOnlyList<string> BotSources,
    IReadOnlyList<string>? Attachments = null,
    bool? InvolvesLegal = null);
