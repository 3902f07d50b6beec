using MoitBot.Bench.Retrieval;
using MoitBot.Knowledge.Text;

namespace MoitBot.Bench.Tests.Retrieval;

public sealed class QueryFormsTests
{
    private const string Question = "Hồ sơ đề nghị cấp Giấy phép bán lẻ rượu gồm những giấy tờ nào?";

    [Fact]
    public void WithTypo_SameSeed_SameText() =>
        Assert.Equal(QueryForms.WithTypo(Question, 42), QueryForms.WithTypo(Question, 42));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void WithTypo_AnySeed_LowerCaseWithExactlyOneWordChanged(int seed)
    {
        var typo = QueryForms.WithTypo(Question, seed);
        var original = Question.ToLowerInvariant().Split(' ');
        var changed = typo.Split(' ');

        Assert.Equal(typo, typo.ToLowerInvariant());
        Assert.Equal(original.Length, changed.Length);
        Assert.Single(original.Zip(changed), p => p.First != p.Second);
    }

    [Fact]
    public void Apply_FirstWords_KeepsEightWords() =>
        Assert.Equal("Hồ sơ đề nghị cấp Giấy phép bán", QueryForms.Apply(QueryForms.FirstWords, Question, 0));

    [Fact]
    public void Apply_Stripped_RemovesEveryDiacritic() =>
        Assert.Equal(VietnameseText.StripDiacritics(Question), QueryForms.Apply(QueryForms.Stripped, Question, 0));
}
