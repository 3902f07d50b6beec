using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class IndexConsistencyCheckerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckAsync_InSync_ReportsNoDrift()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var report = await test.Get<IndexConsistencyChecker>().CheckAsync(cancellationToken: Ct);
        Assert.False(report.Drifted);
        Assert.Equal(TestBank.SampleEntries().Count, report.BankEntries);
        Assert.Equal(report.BankEntries, report.IndexedEntries);
    }

    [Fact]
    public async Task CheckAsync_MissingStaleAndOrphanedPoints_RepairsAllThree()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        var index = test.Get<IKnowledgeIndex>();
        var embedder = new HashingEmbeddingGenerator();
        await index.DeleteAsync(["ruou-hoso"], Ct);                                        // missing
        var edited = TestBank.SampleEntries()[1] with { Body = "Giấy phép bán lẻ rượu có thời hạn 07 năm." };
        await test.Bank.Store.SaveAsync(edited, "editor", Ct);                              // stale: saved, index not told
        var retired = TestBank.SampleEntries()[2] with { Status = EntryStatus.Retired };
        await test.Bank.Store.SaveAsync(retired, "editor", Ct);                             // orphaned: retired in the bank
        var ghost = TestBank.Qa("ghost", "ruou", "Câu hỏi đã xoá", "Nội dung đã xoá");
        await index.UpsertAsync([KnowledgeBank.ToDocument(ghost, embedder.Embed(ghost.Title))], Ct); // orphaned: unknown id

        var report = await test.Get<IndexConsistencyChecker>().CheckAsync(cancellationToken: Ct);

        Assert.Equal((1, 1, 2), (report.Missing, report.Stale, report.Orphaned));
        Assert.False((await test.Get<IndexConsistencyChecker>().CheckAsync(repair: false, Ct)).Drifted);
        var retriever = test.Get<Retriever>();
        var all = new SearchFilter { Statuses = [EntryStatus.Draft, EntryStatus.Approved, EntryStatus.Retired] };
        Assert.Equal("ruou-hoso", (await retriever.SearchAsync("hồ sơ cấp giấy phép bán lẻ rượu", SearchFilter.ApprovedOnly, 3, cancellationToken: Ct))[0].EntryId);
        Assert.Equal("ruou-thoihan", (await retriever.SearchAsync("07 năm", SearchFilter.ApprovedOnly, 3, SearchMode.Lexical, Ct))[0].EntryId);
        var hits = await retriever.SearchAsync("câu hỏi đã xoá thuốc lá", all, 10, cancellationToken: Ct);
        Assert.DoesNotContain(hits, h => h.EntryId is "ghost" or "thuocla-hoso");
    }

    [Fact]
    public async Task CheckAsync_WithoutRepair_OnlyReports()
    {
        await using var test = await TestBank.CreateAsync(TestBank.SampleEntries());
        await test.Get<IKnowledgeIndex>().DeleteAsync(["ruou-hoso"], Ct);

        var first = await test.Get<IndexConsistencyChecker>().CheckAsync(repair: false, Ct);
        var second = await test.Get<IndexConsistencyChecker>().CheckAsync(repair: false, Ct);

        Assert.Equal(1, first.Missing);
        Assert.Equal(1, second.Missing);
    }
}
