using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class EmbeddedKnowledgeIndexTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Hồ sơ cấp giấy phép bán lẻ rượu gồm những gì?")]
    [InlineData("ho so cap giay phep ban le ruou gom nhung gi")]
    [InlineData("HỒ SƠ CẤP GIẤY PHÉP BÁN LẺ RƯỢU GỒM NHỮNG GÌ?")]
    [InlineData("ho so cap giay phpe ban le ruou")]
    [InlineData("hồ sơ cấp giấy phep bán lẻ rượu")]
    public async Task SearchAsync_SameQuestionInUserForms_FindsSameEntryFirst(string question)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync(question, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("ruou-hoso", hits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_NfdQuestion_FindsSameEntryFirst()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var nfd = "Hồ sơ cấp giấy phép bán lẻ rượu".Normalize(System.Text.NormalizationForm.FormD);
        var hits = await test.Get<Retriever>().SearchAsync(nfd, SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("ruou-hoso", hits[0].EntryId);
    }

    [Fact]
    public async Task SearchAsync_ApprovedFilter_NeverReturnsDrafts()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync("bán rượu tiêu dùng tại chỗ", SearchFilter.ApprovedOnly, 10, cancellationToken: Ct);
        Assert.DoesNotContain(hits, h => h.EntryId == "ruou-nhap");

        var editorHits = await test.Get<Retriever>().SearchAsync("bán rượu tiêu dùng tại chỗ",
            new SearchFilter { Statuses = [EntryStatus.Draft, EntryStatus.Approved] }, 10, cancellationToken: Ct);
        Assert.Equal("ruou-nhap", editorHits[0].EntryId);
    }

    [Fact]
    public async Task SetStatusAsync_Retired_EntryLeavesIndex()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        await test.Bank.SetStatusAsync("ruou-hoso", EntryStatus.Retired, "editor", Ct);
        var hits = await test.Get<Retriever>().SearchAsync("hồ sơ giấy phép bán lẻ rượu",
            new SearchFilter { Statuses = [EntryStatus.Draft, EntryStatus.Approved, EntryStatus.Retired] }, 10, cancellationToken: Ct);
        Assert.DoesNotContain(hits, h => h.EntryId == "ruou-hoso");
    }

    [Fact]
    public async Task SearchAsync_FieldFilter_OnlyThatField()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync("hồ sơ giấy phép bán lẻ", SearchFilter.ApprovedOnly with { Fields = ["thuoc-la"] }, 10, cancellationToken: Ct);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal("thuocla-hoso", h.EntryId));
    }

    [Fact]
    public async Task SearchAsync_DocumentNumberFilter_OnlyCitingEntries()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync("giấy phép", SearchFilter.ApprovedOnly with { DocumentKey = "67/2013/nd-cp" }, 10, cancellationToken: Ct);
        Assert.Equal(["thuocla-hoso"], hits.Select(h => h.EntryId));
    }

    [Fact]
    public async Task SearchAsync_DocumentNumberInQuestion_FindsCitingEntry()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync("nghị định 83/2014", SearchFilter.ApprovedOnly, 5, cancellationToken: Ct);
        Assert.Equal("xang-dieukien", hits[0].EntryId);
    }

    [Fact]
    public async Task SaveAsync_SameEntryTwice_IndexedOnce()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var entry = TestBank.SampleEntries()[0] with { Body = "Nội dung mới về hồ sơ giấy phép bán lẻ rượu." };
        await test.Bank.SaveAsync(entry, "editor", Ct);
        await test.Bank.SaveAsync(entry, "editor", Ct);
        var hits = await test.Get<Retriever>().SearchAsync("hồ sơ giấy phép bán lẻ rượu", SearchFilter.ApprovedOnly, 10, cancellationToken: Ct);
        Assert.Single(hits, h => h.EntryId == "ruou-hoso");
        Assert.Equal(7, await test.Get<IKnowledgeIndex>().CountAsync(Ct));
    }

    [Theory]
    [InlineData(SearchMode.Lexical)]
    [InlineData(SearchMode.Dense)]
    [InlineData(SearchMode.Hybrid)]
    public async Task SearchAsync_EachMode_RanksTheMatchingEntryFirst(SearchMode mode)
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var hits = await test.Get<Retriever>().SearchAsync("hành lang bảo vệ lưới điện", SearchFilter.ApprovedOnly, 3, mode, Ct);
        Assert.Equal("dien-hanhlang", hits[0].EntryId);
    }

    [Fact]
    public async Task RebuildIndexAsync_NewProcess_RestoresSameResults()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var before = await test.Get<Retriever>().SearchAsync("thời hạn giấy phép rượu", SearchFilter.ApprovedOnly, 3, cancellationToken: Ct);

        var fresh = new EmbeddedKnowledgeIndex(Microsoft.Extensions.Options.Options.Create(new RetrievalOptions()));
        await fresh.UpsertAsync((await test.Bank.Store.ListAsync([EntryStatus.Approved], Ct))
            .Select(e => KnowledgeBank.ToDocument(e, new Embeddings.HashingEmbeddingGenerator().Embed(KnowledgeBank.EmbeddingText(e)))).ToList(), Ct);
        var after = await new Retriever(fresh, new Embeddings.HashingEmbeddingGenerator()).SearchAsync("thời hạn giấy phép rượu", SearchFilter.ApprovedOnly, 3, cancellationToken: Ct);
        Assert.Equal(before.Select(h => h.EntryId), after.Select(h => h.EntryId));
    }
}
