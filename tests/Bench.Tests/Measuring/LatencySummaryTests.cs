using MoitBot.Bench.Measuring;

namespace MoitBot.Bench.Tests.Measuring;

public sealed class LatencySummaryTests
{
    [Fact]
    public void From_OneToTwenty_MedianAndP95Interpolated()
    {
        var summary = LatencySummary.From(Enumerable.Range(1, 20).Select(i => (double)i).Reverse().ToList());

        Assert.Equal(10.5, summary.MedianMs, 9);
        Assert.Equal(19.05, summary.P95Ms, 9);
        Assert.Equal(20, summary.Count);
    }

    [Fact]
    public void From_Empty_IsZero() => Assert.Equal(new LatencySummary(0, 0, 0), LatencySummary.From([]));
}
