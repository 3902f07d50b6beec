namespace MoitBot.Bench.Officials;

/// <summary>The figures of a group of cases at one threshold.</summary>
internal sealed record OutcomeSummary(string Group, int Cases, int Right, int WrongConfident, int Abstained, int Confident, int ConfidentRight)
{
    public double RightShare => Share(Right, Cases);

    public double WrongConfidentShare => Share(WrongConfident, Cases);

    public double AbstainedShare => Share(Abstained, Cases);

    /// <summary>Share of the cases that got a confident answer.</summary>
    public double Coverage => Share(Confident, Cases);

    /// <summary>Share of the confident answers that were right; 1 when nothing was answered.</summary>
    public double Precision => Confident == 0 ? 1 : (double)ConfidentRight / Confident;

    /// <summary>Share of the confident answers that were wrong (the fitting constraint).</summary>
    public double WrongOfConfident => Confident == 0 ? 0 : (double)WrongConfident / Confident;

    public static OutcomeSummary Of(string group, IReadOnlyCollection<CaseResult> results, double threshold)
    {
        var verdicts = results.Select(r => (Confident: r.IsConfidentAt(threshold), Verdict: r.VerdictAt(threshold))).ToList();
        return new OutcomeSummary(
            group,
            verdicts.Count,
            verdicts.Count(v => v.Verdict == Verdict.Right),
            verdicts.Count(v => v.Verdict == Verdict.WrongConfident),
            verdicts.Count(v => v.Verdict == Verdict.Abstained),
            verdicts.Count(v => v.Confident),
            verdicts.Count(v => v.Confident && v.Verdict == Verdict.Right));
    }

    private static double Share(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
