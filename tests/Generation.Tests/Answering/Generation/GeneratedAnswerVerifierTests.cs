using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoitBot.Knowledge.Answering;
using MoitBot.Knowledge.Answering.Generation;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Tests;

namespace MoitBot.Generation.Tests.Answering.Generation;

public sealed class GeneratedAnswerVerifierTests
{
    private static readonly KnowledgeEntry TwoReferences = TestBank.Qa("a", "ruou", "Nguồn A", "Hồ sơ theo Nghị định 105/2017/NĐ-CP.", "105/2017/NĐ-CP", "Điều 23") with
    {
        References =
        [
            new LegalReference { DocumentNumber = "105/2017/NĐ-CP", DocumentType = "Nghị định", Article = "Điều 23" },
            new LegalReference { DocumentNumber = "17/2020/NĐ-CP", DocumentType = "Nghị định" },
        ],
    };

    private static readonly KnowledgeEntry[] Numbered =
    [
        TwoReferences,
        TestBank.Qa("b", "ruou", "Nguồn B", "Thời hạn 05 năm.", "105/2017/NĐ-CP", "Điều 29"),
        TestBank.Qa("c", "thuoc-la", "Nguồn C", "Hồ sơ thuốc lá.", "67/2013/NĐ-CP", "Điều 27"),
    ];

    private static GeneratedAnswerVerifier Verifier(int year = 2026) =>
        new(new ExtractiveAnswerComposer(Options.Create(new AnsweringOptions())), new FakeTimeProvider(new DateTimeOffset(year, 6, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void Verify_CitesThirdThenFirst_KeepsOnlyCitedAndRenumbersToCitationList()
    {
        var result = Verifier().Verify("Hồ sơ thuốc lá [3]. Hồ sơ rượu theo Điều 23 Nghị định 105/2017/NĐ-CP [1].", Numbered);

        Assert.Equal(GenerationOutcome.Accepted, result.Outcome);
        Assert.Equal(["c", "a"], result.Cited.Select(e => e.Id));
        Assert.Equal(["67/2013/NĐ-CP", "105/2017/NĐ-CP", "17/2020/NĐ-CP"], result.Citations.Select(c => c.DocumentNumber));
        Assert.Equal("Hồ sơ thuốc lá [1]. Hồ sơ rượu theo Điều 23 Nghị định 105/2017/NĐ-CP [2].", result.Text);
    }

    [Theory]
    [InlineData("Thời hạn 05 năm [2] theo Nghị định 67/2013/NĐ-CP.", GenerationOutcome.UnknownNumber)]
    [InlineData("Thời hạn 05 năm theo Điều 23 [2].", GenerationOutcome.UnknownNumber)]
    [InlineData("Thời hạn 05 năm [0].", GenerationOutcome.InvalidCitation)]
    [InlineData("Thời hạn 05 năm [2, 4].", GenerationOutcome.InvalidCitation)]
    [InlineData("Thời hạn 05 năm.", GenerationOutcome.NoCitation)]
    public void Verify_BadAnswer_Rejected(string text, GenerationOutcome expected) =>
        Assert.Equal(expected, Verifier().Verify(text, Numbered).Outcome);

    [Fact]
    public void Verify_FutureYearEvenIfSourceCarriesIt_Rejected()
    {
        var poisoned = TestBank.Qa("p", "ruou", "Nguồn P", "Trích dẫn Nghị định 999/2099/NĐ-CP.");

        var result = Verifier().Verify("Theo Nghị định 999/2099/NĐ-CP [1].", [poisoned]);

        Assert.Equal(GenerationOutcome.UnknownNumber, result.Outcome);
        Assert.Contains("impossible year", result.Reason, StringComparison.Ordinal);
    }
}
