using MoitBot.Bench.Officials;

namespace MoitBot.Bench.Tests.Officials;

public sealed class CaseResultTests
{
    [Theory]
    [InlineData(0.8, 0.55, true)]
    [InlineData(0.55, 0.55, true)]
    [InlineData(0.5, 0.55, false)]
    public void VerdictAt_AnswerFromExpectedEntry_RightOnlyAtOrAboveThreshold(double confidence, double threshold, bool right) =>
        Assert.Equal(right ? Verdict.Right : Verdict.Abstained, Cases.Answered("a", confidence).VerdictAt(threshold));

    [Fact]
    public void VerdictAt_AnswerFromAnotherEntry_WrongWhenConfidentAbstainedOtherwise()
    {
        var result = Cases.Answered("a", 0.7, answered: "other");

        Assert.Equal(Verdict.WrongConfident, result.VerdictAt(0.6));
        Assert.Equal(Verdict.Abstained, result.VerdictAt(0.75));
    }

    [Fact]
    public void VerdictAt_NotInBank_RightWhenAbstainingWrongWhenConfident()
    {
        Assert.Equal(Verdict.WrongConfident, Cases.OffBank("n", 0.9).VerdictAt(0.55));
        Assert.Equal(Verdict.Right, Cases.OffBank("n", 0.4).VerdictAt(0.55));
        Assert.Equal(Verdict.Right, Cases.OffBank("n", 0, answered: null).VerdictAt(0));
    }

    [Fact]
    public void VerdictAt_ExpectedEntryButOtherSection_Wrong()
    {
        Assert.Equal(Verdict.WrongConfident, Cases.Answered("a", 0.9, section: false).VerdictAt(0.5));
        Assert.Equal(Verdict.Right, Cases.Answered("a", 0.9, section: null).VerdictAt(0.5));
    }

    [Fact]
    public void IsFrom_AnswerNamingSections_DetectsTheSection()
    {
        Assert.True(ProcedureSections.IsFrom("Thành phần hồ sơ: Đơn đề nghị...", "thanh-phan-ho-so"));
        Assert.False(ProcedureSections.IsFrom("Cơ quan thực hiện: Ủy ban nhân dân cấp xã", "thanh-phan-ho-so"));
        Assert.Null(ProcedureSections.IsFrom("Hồ sơ gồm đơn đề nghị", "thanh-phan-ho-so"));
    }
}
