namespace MoitBot.Bot.Evaluation;

/// <summary>One line of a golden set: a question and what a good answer cites, or that it should abstain.</summary>
public sealed record GoldenCase(string Question, string? ExpectedEntryId, string? ExpectedDocument, bool ExpectAbstain)
{
    public bool HasExpectedSource => ExpectedEntryId is not null || ExpectedDocument is not null;
}
