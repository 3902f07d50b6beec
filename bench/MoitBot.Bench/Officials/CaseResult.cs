namespace MoitBot.Bench.Officials;

/// <summary>
/// One case run once through the answer service: the entry it answered from (null when it
/// did not answer) and the confidence. Whether that answer is confident at a threshold is
/// decided afterwards, so one run serves the whole sweep.
/// </summary>
internal sealed record CaseResult(
    OfficialsCase Case,
    string Field,
    IReadOnlySet<string> Expected,
    string? AnsweredEntryId,
    double Confidence,
    bool? FromExpectedSection = null)
{
    public bool IsConfidentAt(double threshold) => AnsweredEntryId is not null && Confidence >= threshold;

    public Verdict VerdictAt(double threshold)
    {
        if (!IsConfidentAt(threshold))
        {
            return Case.NotInBank ? Verdict.Right : Verdict.Abstained;
        }

        var fromExpected = !Case.NotInBank && Expected.Contains(AnsweredEntryId!) && FromExpectedSection != false;
        return fromExpected ? Verdict.Right : Verdict.WrongConfident;
    }
}
