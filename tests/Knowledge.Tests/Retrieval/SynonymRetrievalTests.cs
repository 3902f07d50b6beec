using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class SynonymRetrievalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KnowledgeEntry> Entries() =>
    [
        TestBank.Qa("lpg", "xang-dau", "Điều kiện kinh doanh khí dầu mỏ hóa lỏng chai", "Thương nhân kinh doanh khí dầu mỏ hóa lỏng chai phải có giấy chứng nhận đủ điều kiện."),
        TestBank.Qa("xang", "xang-dau", "Điều kiện kinh doanh xăng dầu tại cửa hàng", "Thương nhân kinh doanh xăng dầu phải có giấy chứng nhận cửa hàng đủ điều kiện."),
        TestBank.Qa("ruou", "ruou", "Hồ sơ cấp giấy phép bán lẻ rượu", "Hồ sơ gồm đơn đề nghị và bản sao giấy chứng nhận đăng ký kinh doanh."),
    ];

    [Theory]
    [InlineData("điều kiện kinh doanh gas")]
    [InlineData("dieu kien kinh doanh gas")]
    [InlineData("điều kiện kinh doanh LPG")]
    public async Task SearchAsync_OfficialsWordForEntryTerm_FindsEntryThroughThesaurus(string question)
    {
        await using var test = await TestBank.CreateAsync(Entries());

        var hits = await test.Get<Retriever>().SearchAsync(question, SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);

        Assert.Equal("lpg", hits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_SynonymMatch_WeighsLessThanTheLiteralWords()
    {
        await using var test = await TestBank.CreateAsync(Entries());
        var retriever = test.Get<Retriever>();

        var literal = await retriever.SearchAsync("kinh doanh khí dầu mỏ hóa lỏng", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);
        var synonym = await retriever.SearchAsync("kinh doanh gas", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);

        Assert.Equal("lpg", synonym[0].EntryId);
        Assert.True(literal[0].LexicalScore > synonym[0].LexicalScore);
    }

    [Fact]
    public async Task SearchAsync_SynonymWeightZero_NoExpansion()
    {
        await using var test = await TestBank.CreateAsync(Entries(), new() { ["Retrieval:SynonymWeight"] = "0" });

        var hits = await test.Get<Retriever>().SearchAsync("gas", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);

        Assert.Empty(hits);
    }
}
