using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Answering;

public sealed class ConfidenceEstimatorSynonymTests
{
    [Theory]
    [InlineData("giay to xin giay phep ban le ruou")]
    [InlineData("giấy tờ xin giấy phép bán lẻ rượu")]
    public async Task Estimate_QuestionWordWhoseSynonymTheEntryHas_GetsPartialCredit(string question)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var entry = TestBank.SampleEntries().Single(e => e.Id == "ruou-hoso");
        var literalOnly = new ConfidenceEstimator(test.Get<TermStatistics>());

        var without = literalOnly.Estimate(question, [entry])[0];
        var with = test.Get<ConfidenceEstimator>().Estimate(question, [entry])[0];

        Assert.True(with > without, $"{with} <= {without}");
        Assert.True(with >= 0.55, $"{with} is below the answering threshold");
        Assert.True(with < 1, "a synonym counts less than the word itself");
    }
}
