namespace MoitBot.Bench.Officials;

/// <summary>
/// Precision against coverage as the confidence threshold sweeps from 0 to 1 in steps of 0.01,
/// and the fitted threshold: the lowest one at which wrong answers are at most a given share of
/// the confident answers (so the most coverage that constraint allows).
/// </summary>
internal static class PrecisionCurve
{
    public const double DefaultMaxWrongShare = 0.02;

    public static IReadOnlyList<double> Thresholds { get; } = Enumerable.Range(0, 101).Select(i => i / 100.0).ToList();

    public static IReadOnlyList<CurvePoint> Sweep(IReadOnlyCollection<CaseResult> results) =>
        Thresholds.Select(t => CurvePoint.Of(t, OutcomeSummary.Of("all", results, t))).ToList();

    /// <summary>The fitted threshold, or null when even the strictest leaves too many wrong answers.</summary>
    public static double? Fit(IReadOnlyCollection<CaseResult> tune, double maxWrongShare = DefaultMaxWrongShare) =>
        Thresholds.Cast<double?>().FirstOrDefault(t => OutcomeSummary.Of("tune", tune, t!.Value).WrongOfConfident <= maxWrongShare);
}
