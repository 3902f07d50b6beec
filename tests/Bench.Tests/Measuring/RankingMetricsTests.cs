using MoitBot.Bench.Measuring;

namespace MoitBot.Bench.Tests.Measuring;

public sealed class RankingMetricsTests
{
    private static readonly string[] Ranking = ["a", "g1", "b", "g2", "c"];
    private static readonly HashSet<string> Gold = ["g1", "g2", "g3"];

    [Theory]
    [InlineData(1, 0.0)]
    [InlineData(2, 1.0 / 3)]
    [InlineData(5, 2.0 / 3)]
    [InlineData(10, 2.0 / 3)]
    public void RecallAt_TwoOfThreeGoldRanked_CountsGoldWithinK(int k, double expected) =>
        Assert.Equal(expected, RankingMetrics.RecallAt(Ranking, Gold, k), 9);

    [Fact]
    public void ReciprocalRankAt_FirstGoldAtRankTwo_IsHalf() =>
        Assert.Equal(0.5, RankingMetrics.ReciprocalRankAt(Ranking, Gold, 10), 9);

    [Fact]
    public void ReciprocalRankAt_GoldBeyondK_IsZero() =>
        Assert.Equal(0.0, RankingMetrics.ReciprocalRankAt(Ranking, Gold, 1), 9);

    [Fact]
    public void NdcgAt_GoldAtRanksTwoAndFour_MatchesHandComputedValue()
    {
        // DCG = 1/log2(3) + 1/log2(5) = 0.63093 + 0.43068 = 1.06161
        // IDCG (3 gold) = 1 + 1/log2(3) + 1/log2(4) = 1 + 0.63093 + 0.5 = 2.13093
        Assert.Equal(0.498189, RankingMetrics.NdcgAt(Ranking, Gold, 10), 5);
    }

    [Fact]
    public void NdcgAt_SingleGoldFirst_IsOne() =>
        Assert.Equal(1.0, RankingMetrics.NdcgAt(["g"], new HashSet<string> { "g" }, 10), 9);

    [Fact]
    public void Metrics_NoGold_AreZero()
    {
        var none = new HashSet<string>();
        Assert.Equal(0.0, RankingMetrics.RecallAt(Ranking, none, 10));
        Assert.Equal(0.0, RankingMetrics.NdcgAt(Ranking, none, 10));
    }
}
