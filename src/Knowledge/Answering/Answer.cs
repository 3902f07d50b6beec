using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Bank;

namespace MoitBot.Knowledge.Answering;

/// <summary>The answer to one question, with everything a channel needs to show and route it.</summary>
public sealed record Answer
{
    public required string Text { get; init; }
    public required AnswerOutcome Outcome { get; init; }
    public IReadOnlyList<Citation> Citations { get; init; } = [];
    public double Confidence { get; init; }
    public bool Escalate { get; init; }
    public FieldDefinition? Field { get; init; }
    public Department? Department { get; init; }

    /// <summary>True when the question concerns law or policy, so Vụ Pháp chế joins.</summary>
    public bool InvolvesLegalDepartment { get; init; }

    /// <summary>The entries the answer was built from (the cited ones first).</summary>
    public IReadOnlyList<KnowledgeEntry> Sources { get; init; } = [];

    /// <summary>The retrieved entries that were considered, best first.</summary>
    public IReadOnlyList<KnowledgeEntry> Retrieved { get; init; } = [];

    /// <summary>The standalone question a follow-up was rewritten into (and answered as); null when not rewritten.</summary>
    public string? RewrittenQuestion { get; init; }

    /// <summary>What became of the model's answer; null when no model was asked (none configured, or nothing to ground it on).</summary>
    public GenerationOutcome? Generation { get; init; }
}
