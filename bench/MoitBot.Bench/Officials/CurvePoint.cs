namespace MoitBot.Bench.Officials;

/// <summary>One threshold of the sweep.</summary>
internal sealed record CurvePoint(double Threshold, double Coverage, double Precision, double WrongOfConfident, int Confident)
{
    public static CurvePoint Of(double threshold, OutcomeSummary summary) =>
        new(threshold, summary.Coverage, summary.Precision, summary.WrongOfConfident, summary.Confident);
}
