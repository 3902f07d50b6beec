using Microsoft.Extensions.Options;
using MoitBot.Knowledge.Bank;
using MoitBot.Knowledge.Embeddings;
using MoitBot.Knowledge.Retrieval;
using MoitBot.Knowledge.Text;

namespace MoitBot.Knowledge.Tests.Retrieval;

public sealed class EmbeddedKnowledgeIndexCompactionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DeleteAsync_MostEntriesThenUpsert_CompactedIndexStillFindsSurvivors()
    {
        using var index = new EmbeddedKnowledgeIndex(Options.Create(new RetrievalOptions()));
        var embedder = new HashingEmbeddingGenerator();
        var documents = Enumerable.Range(0, 1200).Select(i => Document(embedder, $"e{i}", $"Mục số {i} về thủ tục hành chính chung")).ToList();
        documents[1100] = Document(embedder, "e1100", "Giấy phép bán lẻ rượu tại cửa hàng tạp hóa");
        await index.UpsertAsync(documents, Ct);

        await index.DeleteAsync(Enumerable.Range(0, 1000).Select(i => $"e{i}").ToList(), Ct);
        await index.UpsertAsync([Document(embedder, "late", "Đăng ký kinh doanh xăng dầu")], Ct);

        Assert.Equal(201, await index.CountAsync(Ct));
        var query = "giấy phép bán lẻ rượu";
        foreach (var mode in new[] { SearchMode.Lexical, SearchMode.Dense, SearchMode.Hybrid })
        {
            var hits = await index.SearchAsync(new SearchRequest(TextAnalyzer.Analyze(query), embedder.Embed(query), SearchFilter.ApprovedOnly, 5, mode), Ct);
            Assert.Equal("e1100", hits[0].EntryId);
            Assert.DoesNotContain(hits, h => int.TryParse(h.EntryId.AsSpan(1), out var n) && n < 1000);
        }

        var late = await index.SearchAsync(new SearchRequest(TextAnalyzer.Analyze("xăng dầu"), embedder.Embed("xăng dầu"), SearchFilter.ApprovedOnly, 1, SearchMode.Hybrid), Ct);
        Assert.Equal("late", late[0].EntryId);
    }

    private static IndexDocument Document(HashingEmbeddingGenerator embedder, string id, string text) =>
        new(id, TextAnalyzer.Analyze(text), [], embedder.Embed(text), "chung", EntryStatus.Approved, [], id, null);
}
