using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bot.Evaluation;

/// <summary>
/// The figures of one golden run. Answer rate: share of questions answered (not escalated).
/// Citation precision: share of cited entries that are the expected source (or carry the expected
/// document), over answered questions that name one. Verified share: of the model answers written,
/// the share that passed verification and were sent (null without a model). Abstention accuracy:
/// share of questions where escalating or not was the expected choice.
/// </summary>
public sealed record EvaluationReport(
    int Questions,
    double AnswerRate,
    double? CitationPrecision,
    double? VerifiedShare,
    double AbstentionAccuracy,
    double? AbstainedWhenExpected,
    IReadOnlyDictionary<string, int> Generation,
    IReadOnlyList<CaseResult> Cases)
{
    private static readonly GenerationOutcome[] Written =
        [GenerationOutcome.Accepted, GenerationOutcome.InvalidCitation, GenerationOutcome.NoCitation, GenerationOutcome.UnknownNumber];

    public static CaseResult Score(GoldenCase golden, Answer answer)
    {
        var cited = answer.Citations.GroupBy(c => c.EntryId, StringComparer.Ordinal).ToList();
        var correct = cited.Count(g => g.Key == golden.ExpectedEntryId
            || (golden.ExpectedDocument is not null && g.Any(c => DocumentNumber.SameDocument(c.DocumentNumber, golden.ExpectedDocument))));
        var abstained = answer.Outcome != AnswerOutcome.Answered;
        return new CaseResult(golden.Question, answer.Outcome.ToString(), answer.Escalate, answer.Generation?.ToString(),
            cited.Select(g => g.Key).ToList(), correct, abstained == golden.ExpectAbstain);
    }

    public static EvaluationReport From(IReadOnlyList<(GoldenCase Golden, Answer Answer, CaseResult Result)> runs)
    {
        var answered = runs.Where(r => r.Answer.Outcome == AnswerOutcome.Answered).ToList();
        var withSource = answered.Where(r => r.Golden.HasExpectedSource && r.Result.CitedEntries.Count > 0).ToList();
        var written = runs.Where(r => r.Answer.Generation is { } g && Written.Contains(g)).ToList();
        var abstain = runs.Where(r => r.Golden.ExpectAbstain).ToList();
        return new EvaluationReport(
            runs.Count,
            Share(answered.Count, runs.Count) ?? 0,
            Share(withSource.Sum(r => r.Result.CorrectCitedEntries), withSource.Sum(r => r.Result.CitedEntries.Count)),
            Share(written.Count(r => r.Answer.Generation == GenerationOutcome.Accepted), written.Count),
            Share(runs.Count(r => r.Result.AbstentionCorrect), runs.Count) ?? 0,
            Share(abstain.Count(r => r.Result.AbstentionCorrect), abstain.Count),
            runs.Where(r => r.Answer.Generation is not null).GroupBy(r => r.Answer.Generation!.Value.ToString()).ToDictionary(g => g.Key, g => g.Count()),
            runs.Select(r => r.Result).ToList());
    }

    private static double? Share(int part, int whole) => whole == 0 ? null : Math.Round((double)part / whole, 3);
}
