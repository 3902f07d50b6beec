using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Synonyms;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Synonyms;

public sealed class SynonymCatalogTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KnowledgeEntry> Entries() =>
    [
        TestBank.Qa("nhua", "thi-truong-trong-nuoc", "Quy định về sản phẩm nhựa dùng một lần", "Hạn chế sản xuất và tiêu dùng sản phẩm nhựa dùng một lần."),
        TestBank.Qa("ruou", "ruou", "Hồ sơ cấp giấy phép bán lẻ rượu", "Hồ sơ gồm đơn đề nghị."),
    ];

    [Fact]
    public async Task AddAsync_ValidSet_TakesEffectForTheNextQueryAndIsAudited()
    {
        await using var test = await TestBank.CreateAsync(Entries());
        var catalog = test.Get<SynonymCatalog>();
        var retriever = test.Get<Retriever>();
        Assert.Empty(await retriever.SearchAsync("túi ni lông", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct));

        var change = await catalog.AddAsync("túi ni lông\nsản phẩm nhựa dùng một lần", "bien.tap", Ct);

        Assert.True(change.Succeeded, change.Problem);
        var hits = await retriever.SearchAsync("túi ni lông", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct);
        Assert.Equal("nhua", hits[0].EntryId);
        var view = Assert.Single(await catalog.ListAsync(Ct), v => v.Set.Key == change.Key);
        Assert.False(view.Set.Shipped);
        Assert.Equal("bien.tap", view.AddedBy);
        var audit = Assert.Single(await catalog.RecentChangesAsync(10, Ct));
        Assert.Equal(("Added", "bien.tap", change.Key), (audit.Action, audit.Actor, audit.SetKey));
        Assert.Equal(["túi ni lông", "sản phẩm nhựa dùng một lần"], audit.Members);
    }

    [Fact]
    public async Task RetireAsync_AddedSet_StopsExpandingAndIsAudited()
    {
        await using var test = await TestBank.CreateAsync(Entries());
        var catalog = test.Get<SynonymCatalog>();
        var key = (await catalog.AddAsync("túi ni lông, sản phẩm nhựa dùng một lần", "a", Ct)).Key;

        var change = await catalog.RetireAsync(key, "b", Ct);

        Assert.True(change.Succeeded, change.Problem);
        Assert.Empty(await test.Get<Retriever>().SearchAsync("túi ni lông", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct));
        Assert.Equal(["Retired", "Added"], (await catalog.RecentChangesAsync(10, Ct)).Select(a => a.Action));
        Assert.Equal("b", (await catalog.ListAsync(Ct)).Single(v => v.Set.Key == key).RetiredBy);
    }

    [Fact]
    public async Task RetireAsync_ShippedSet_RemovedFromExpansionAfterReload()
    {
        await using var test = await TestBank.CreateAsync(Entries());
        var catalog = test.Get<SynonymCatalog>();
        var shipped = ShippedThesaurus.Sets.First(s => s.Members.Contains("giấy tờ"));
        Assert.NotEmpty(test.Get<QueryExpander>().Current.Match("giấy tờ"));

        await catalog.RetireAsync(shipped.Key, "a", Ct);
        await catalog.ReloadAsync(Ct);

        Assert.Empty(test.Get<QueryExpander>().Current.Match("giấy tờ"));
        Assert.False((await catalog.RetireAsync(shipped.Key, "a", Ct)).Succeeded);
    }

    [Theory]
    [InlineData("của\nhồ sơ", "hư từ")]
    [InlineData("cây xăng\ntrạm đổ xăng", "đã có trong bộ")]
    [InlineData("hồ sơ", "ít nhất hai")]
    public async Task AddAsync_BadSet_RefusedWithVietnameseMessageAndNotStored(string input, string expected)
    {
        await using var test = await TestBank.CreateAsync(Entries());
        var catalog = test.Get<SynonymCatalog>();

        var change = await catalog.AddAsync(input, "a", Ct);

        Assert.False(change.Succeeded);
        Assert.Contains(expected, change.Problem, StringComparison.Ordinal);
        Assert.Empty(await catalog.RecentChangesAsync(10, Ct));
        Assert.All(await catalog.ListAsync(Ct), v => Assert.True(v.Set.Shipped));
    }

    [Fact]
    public async Task RetireAsync_UnknownKey_Refused()
    {
        await using var test = await TestBank.CreateAsync(Entries());

        var change = await test.Get<SynonymCatalog>().RetireAsync("e:999", "a", Ct);

        Assert.Contains("Không tìm thấy", change.Problem, StringComparison.Ordinal);
    }
}
