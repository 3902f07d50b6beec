using MoitBot.Knowledge.Answering;

namespace MoitBot.Bot.Chat;

/// <summary>The answer contract of DESIGN.md, shared by `ask --json` and the chat page API.</summary>
public sealed record AnswerJson(string Answer, IReadOnlyList<CitationJson> Citations, double Confidence, bool Escalate, string? Department)
{
    public static AnswerJson From(Answer answer) => new(
        answer.Text,
        answer.Citations.Select(c => new CitationJson(c.Title, c.DocumentNumber, c.Article, c.Url, c.EntryId)).ToList(),
        answer.Confidence,
        answer.Escalate,
        answer.Department?.Name);
}
