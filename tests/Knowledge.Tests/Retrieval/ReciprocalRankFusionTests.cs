using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class ReciprocalRankFusionTests
{
    [Fact]
    public void Fuse_ItemInBothRankings_BeatsItemInOne()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([(["a", "b"], 1.0), (["b", "c"], 1.0)], 60, 3);
        Assert.Equal("b", fused[0].Item);
    }

    [Fact]
    public void Fuse_Weights_FavourHeavierRanking()
    {
        var fused = ReciprocalRankFusion.Fuse<string>([(["a"], 1.0), (["c"], 0.5)], 60, 2);
        Assert.Equal(["a", "c"], fused.Select(f => f.Item));
        Assert.Equal(1.0 / 61, fused[0].Score, 9);
    }

    [Fact]
    public void Fuse_EmptyRankings_Empty() => Assert.Empty(ReciprocalRankFusion.Fuse<string>([([], 1.0)], 60, 5));
}
