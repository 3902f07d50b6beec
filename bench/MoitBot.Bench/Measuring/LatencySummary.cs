namespace MoitBot.Bench.Measuring;

/// <summary>Median and 95th percentile of a set of timings, in milliseconds.</summary>
internal sealed record LatencySummary(double MedianMs, double P95Ms, int Count)
{
    public static LatencySummary From(IReadOnlyCollection<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencySummary(0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        return new LatencySummary(Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Length);
    }

    /// <summary>Linear interpolation between closest ranks (the "R-7" / Excel definition).</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var position = (sorted.Count - 1) * p;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower));
    }
}
