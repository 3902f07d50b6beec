using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

public sealed class OutcomeSummaryTests
{
    [Fact]
    public void Of_MixedResults_CountsSharesCoverageAndPrecision()
    {
        CaseResult[] results =
        [
            Cases.Answered("a", 0.9),
            Cases.Answered("b", 0.8),
            Cases.Answered("c", 0.7, answered: "other"),
            Cases.Answered("d", 0.3),
            Cases.Unanswered("e"),
            Cases.OffBank("f", 0.2),
            Cases.OffBank("g", 0.6),
            Cases.OffBank("h", 0, answered: null),
        ];

        var summary = OutcomeSummary.Of("all", results, 0.5);

        Assert.Equal((8, 4, 2, 2, 4, 2), (summary.Cases, summary.Right, summary.WrongConfident, summary.Abstained, summary.Confident, summary.ConfidentRight));
        Assert.Equal(0.5, summary.RightShare);
        Assert.Equal(0.25, summary.WrongConfidentShare);
        Assert.Equal(0.25, summary.AbstainedShare);
        Assert.Equal(0.5, summary.Coverage);
        Assert.Equal(0.5, summary.Precision);
        Assert.Equal(0.5, summary.WrongOfConfident);
    }

    [Fact]
    public void Of_NothingAnswered_PrecisionOneAndNoWrongShare()
    {
        var summary = OutcomeSummary.Of("all", [Cases.Unanswered("a"), Cases.OffBank("b", 0.3)], 0.5);

        Assert.Equal((0.0, 1.0, 0.0), (summary.Coverage, summary.Precision, summary.WrongOfConfident));
    }

    [Fact]
    public void Of_NoCases_ZeroShares() =>
        Assert.Equal(0, OutcomeSummary.Of("none", [], 0.5).RightShare);
}
