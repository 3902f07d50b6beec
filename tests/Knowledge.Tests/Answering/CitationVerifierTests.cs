using MoitBot.Knowledge.Answering;

namespace MoitBot.Knowledge.Tests.Answering;

public sealed class CitationVerifierTests
{
    private static readonly List<MoitBot.Knowledge.Bank.KnowledgeEntry> Retrieved = [TestBank.Qa("a", "ruou", "Hỏi?", "Theo Nghị định 105/2017/NĐ-CP ...", "105/2017/NĐ-CP", "Điều 25")];

    [Fact]
    public void FindProblem_CitationOfRetrievedEntry_Accepted() =>
        Assert.Null(CitationVerifier.FindProblem("Theo Nghị định 105/2017/NĐ-CP.", [new Citation("t", "105/2017/NĐ-CP", "Điều 25", "u", "a")], Retrieved));

    [Fact]
    public void FindProblem_EntryNotRetrieved_Rejected() =>
        Assert.NotNull(CitationVerifier.FindProblem("x", [new Citation("t", null, null, "u", "zzz")], Retrieved));

    [Fact]
    public void FindProblem_DocumentNotInEntry_Rejected() =>
        Assert.NotNull(CitationVerifier.FindProblem("x", [new Citation("t", "99/2099/NĐ-CP", null, "u", "a")], Retrieved));

    [Fact]
    public void FindProblem_InventedNumberInText_Rejected() =>
        Assert.NotNull(CitationVerifier.FindProblem("Theo Nghị định 12/2024/NĐ-CP.", [new Citation("t", "105/2017/NĐ-CP", null, "u", "a")], Retrieved));

    [Fact]
    public void FindProblem_UnaccentedSpellingOfCitedNumber_Accepted() =>
        Assert.Null(CitationVerifier.FindProblem("Theo nghi dinh 105/2017/ND-CP.", [new Citation("t", "105/2017/NĐ-CP", null, "u", "a")], Retrieved));
}
