using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Text;

public sealed class SynonymSetRulesTests
{
    private static string? Check(params string[] members) => SynonymSetRules.Problem(members, [], bankShare: null, maxBankShare: 0.25);

    [Fact]
    public void Problem_TwoContentPhrases_Accepted() => Assert.Null(Check("cây xăng", "cửa hàng bán lẻ xăng dầu"));

    [Theory]
    [InlineData("của")]
    [InlineData("là")]
    [InlineData("cho")]
    [InlineData("chợ")]
    public void Problem_FunctionWordMember_RefusedInVietnamese(string member)
    {
        var problem = Check(member, "chợ dân sinh");

        Assert.NotNull(problem);
        Assert.Contains("hư từ", problem, StringComparison.Ordinal);
        Assert.Contains(member, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_GenericQuestionFrame_Refused()
    {
        var problem = Check("như thế nào", "thủ tục");

        Assert.NotNull(problem);
        Assert.Contains("cách hỏi chung", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hồ sơ")]
    [InlineData("hồ sơ", "Hồ Sơ", "ho so")]
    public void Problem_FewerThanTwoDistinctPhrases_Refused(params string[] members) =>
        Assert.Contains("ít nhất hai", Check(members), StringComparison.Ordinal);

    [Fact]
    public void Problem_PhraseAlreadyInActiveSet_RefusedNamingThatSet()
    {
        SynonymSet[] active = [new("s:a", ["cây xăng", "trạm xăng"], Shipped: true)];

        var problem = SynonymSetRules.Problem(["tram xang", "cửa hàng xăng dầu"], active, null, 0.25);

        Assert.NotNull(problem);
        Assert.Contains("«tram xang» đã có trong bộ «cây xăng ~ trạm xăng»", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem_PhraseInMostOfTheBank_Refused()
    {
        var problem = SynonymSetRules.Problem(["giấy phép", "văn bản cho phép"], [], terms => terms.Any(t => t.Value == "giay_phep") ? 0.8 : 0.01, 0.25);

        Assert.NotNull(problem);
        Assert.Contains("«giấy phép» có trong 80% số mục", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SplitMembers_LinesCommasAndSpaces_GivesTrimmedPhrases() =>
        Assert.Equal(["cây xăng", "trạm xăng", "cửa hàng xăng dầu"], SynonymSetRules.SplitMembers("  cây   xăng\ntrạm xăng ,cửa hàng xăng dầu;;"));
}
