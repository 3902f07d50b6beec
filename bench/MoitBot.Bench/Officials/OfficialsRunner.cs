using MoitBot.Knowledge.Answering;

namespace MoitBot.Bench.Officials;

/// <summary>Asks every case of the set (a follow-up with its previous question) and records what came back.</summary>
internal static class OfficialsRunner
{
    public const string NotInBankInRemit = "not in the bank, in remit";
    public const string NotInBankOutside = "not in the bank, outside the ministry";

    public static async Task<IReadOnlyList<CaseResult>> RunAsync(OfficialsBank bank, IReadOnlyList<OfficialsCase> cases, CancellationToken cancellationToken)
    {
        var expected = LabelResolver.Resolve(cases, bank.Approved);
        var fields = bank.Approved.ToDictionary(e => e.Id, e => e.Field, StringComparer.Ordinal);
        var results = new List<CaseResult>(cases.Count);
        foreach (var c in cases)
        {
            var answer = await bank.Answers.AskAsync(c.Question, c.Previous, cancellationToken);
            var answered = answer.Outcome == AnswerOutcome.Answered && answer.Sources.Count > 0 ? answer.Sources[0].Id : null;
            var field = c.NotInBank
                ? (c.InRemit == true ? NotInBankInRemit : NotInBankOutside)
                : fields[expected[c.Id].Order(StringComparer.Ordinal).First()];
            var section = answered is not null && c.ExpectedSection is { } code ? ProcedureSections.IsFrom(answer.Text, code) : null;
            results.Add(new CaseResult(c, field, expected[c.Id], answered, answer.Confidence, section));
        }

        return results;
    }
}
